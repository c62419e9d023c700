import type { Scorecard, ScorecardAction } from '#shared/schemas/assessment.schema';
import type { ChangeNotice } from '#core/repositories/versioned-write';
import type { Bilingual } from '#shared/messages';

/**
 * The inbox notices of a scorecard's change, the same for every kind: a submission asks the subject's heads
 * to acknowledge it; an acknowledgement or objection tells whoever submitted it. `heads` are the subject's
 * heads' ids, `link` the scorecard's page in the SPA.
 */
export function scorecardNotices(s: Scorecard, action: ScorecardAction, subject: Bilingual, heads: readonly string[], link: string): ChangeNotice[] {
  const last = s.history.at(-1);
  if (!last) return [];
  const by = last.by.name;
  const build = (recipientId: string, kind: string, title: Bilingual, body: Bilingual): ChangeNotice => {
    const id = `${kind}-${s.kind}-${s.subject}-${s.quarter}-${s.version}-${recipientId}`;
    return { notification: { id, recipientId, kind, title, body, link, createdAt: last.at }, dedupeKey: id };
  };
  if (action === 'submit') {
    return heads.map((id) =>
      build(
        id,
        'assessment-submitted',
        { 'zh-CN': `考核表待确认：${subject['zh-CN']} ${s.quarter}`, en: `Scorecard to acknowledge: ${subject.en} ${s.quarter}` },
        { 'zh-CN': `${by} 提交了${subject['zh-CN']} ${s.quarter} 的考核表，请确认或提出异议。`, en: `${by} submitted the ${s.quarter} scorecard of ${subject.en}; acknowledge it or object.` },
      ),
    );
  }
  if (action !== 'acknowledge' && action !== 'object') return [];
  const submitter = [...s.history].reverse().find((h) => h.action === 'submit')?.by.id;
  if (!submitter) return [];
  const objected = action === 'object';
  return [
    build(
      submitter,
      objected ? 'assessment-objected' : 'assessment-acknowledged',
      objected
        ? { 'zh-CN': `考核表有异议：${subject['zh-CN']} ${s.quarter}`, en: `Scorecard objected to: ${subject.en} ${s.quarter}` }
        : { 'zh-CN': `考核表已确认：${subject['zh-CN']} ${s.quarter}`, en: `Scorecard acknowledged: ${subject.en} ${s.quarter}` },
      objected
        ? { 'zh-CN': `${by} 对考核表提出异议：${last.note ?? ''}。请修改后重新提交。`, en: `${by} objected: ${last.note ?? ''}. Revise it and submit again.` }
        : { 'zh-CN': `${by} 确认了考核表。${last.note ?? ''}`, en: `${by} acknowledged the scorecard. ${last.note ?? ''}` },
    ),
  ];
}
