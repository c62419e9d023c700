import type { RevisitReport } from '#shared/schemas/revisit-report.schema';
import type { Staff } from '#shared/schemas/staff.schema';
import { unitNames, type UnitLabel } from '#shared/units';
import type { ChangeNotice } from '#core/repositories/versioned-write';

function notice(r: RevisitReport, recipientId: string, kind: string, title: ChangeNotice['notification']['title'], body: ChangeNotice['notification']['body']): ChangeNotice {
  const id = `${kind}-${r.unitId}-${r.quarter}-${r.version}-${recipientId}`;
  return {
    notification: { id, recipientId, kind, title, body, link: `/revisit-reports/${r.unitId}/${r.quarter}`, createdAt: r.updatedAt! },
    dedupeKey: id,
  };
}

/** Submitted: Sales heads are asked to review it. */
export function submittedNotices(r: RevisitReport, staff: readonly Staff[], units: readonly UnitLabel[]): ChangeNotice[] {
  const unit = unitNames(units, r.unitId);
  const by = r.updatedBy?.name ?? '';
  return staff
    .filter((s) => s.role === 'sales-head')
    .map((s) =>
      notice(
        r,
        s.id,
        'revisit-report-submitted',
        { 'zh-CN': `回访评价报告待审核：${unit.zh} ${r.quarter}`, en: `Revisit evaluation to review: ${unit.en} ${r.quarter}` },
        { 'zh-CN': `${by} 提交了${unit.zh} ${r.quarter} 的客户回访评价报告，请审核。`, en: `${by} submitted the ${unit.en}'s revisit evaluation report for ${r.quarter}; please review it.` },
      ),
    );
}

/** Reviewed: whoever submitted it and the unit's heads learn the decision (and the comment). */
export function reviewedNotices(r: RevisitReport, staff: readonly Staff[], units: readonly UnitLabel[]): ChangeNotice[] {
  const review = r.reviews.at(-1)!;
  const accepted = review.decision === 'accepted';
  const unit = unitNames(units, r.unitId);
  const recipients = new Set([...(r.submissions.at(-1) ? [r.submissions.at(-1)!.by.id] : []), ...staff.filter((s) => s.role === 'unit-head' && s.unitId === r.unitId).map((s) => s.id)]);
  return [...recipients].map((id) =>
    notice(
      r,
      id,
      accepted ? 'revisit-report-accepted' : 'revisit-report-returned',
      accepted
        ? { 'zh-CN': `回访评价报告已通过：${unit.zh} ${r.quarter}`, en: `Revisit evaluation accepted: ${unit.en} ${r.quarter}` }
        : { 'zh-CN': `回访评价报告被退回：${unit.zh} ${r.quarter}`, en: `Revisit evaluation returned: ${unit.en} ${r.quarter}` },
      accepted
        ? { 'zh-CN': `${review.by.name} 审核通过了该报告。${review.comment}`, en: `${review.by.name} accepted the report. ${review.comment}` }
        : { 'zh-CN': `${review.by.name} 退回了该报告，意见：${review.comment}。请修改后重新提交。`, en: `${review.by.name} returned the report: ${review.comment}. Revise it and submit again.` },
    ),
  );
}
