import type { TemporaryPlan } from '#shared/schemas/revisit-plan.schema';
import type { Staff } from '#shared/schemas/staff.schema';
import { unitNames, type UnitLabel } from '#shared/units';
import type { ChangeNotice } from '#core/repositories/versioned-write';

function notice(plan: TemporaryPlan, recipientId: string, kind: string, title: ChangeNotice['notification']['title'], body: ChangeNotice['notification']['body']): ChangeNotice {
  const id = `${kind}-${plan.id}-${plan.version}-${recipientId}`;
  return {
    notification: { id, recipientId, kind, title, body, link: `/revisit-plans/temporary/${plan.id}`, createdAt: plan.updatedAt },
    dedupeKey: id,
  };
}

/** A plan submitted (or resubmitted): company leadership is asked to decide (R6). */
export function approvalNotices(plan: TemporaryPlan, staff: readonly Staff[], units: readonly UnitLabel[]): ChangeNotice[] {
  const unit = unitNames(units, plan.unitId);
  return staff
    .filter((s) => s.role === 'leadership')
    .map((s) =>
      notice(
        plan,
        s.id,
        'revisit-plan-approval',
        { 'zh-CN': `临时回访计划待审批：${plan.purpose}`, en: `Temporary revisit plan to approve: ${plan.purpose}` },
        {
          'zh-CN': `${plan.createdBy.name} 提交了${unit.zh}的临时回访计划（${plan.startDate} 至 ${plan.endDate}，${plan.customers.length} 位客户），请审批。`,
          en: `${plan.createdBy.name} submitted a temporary revisit plan of the ${unit.en} (${plan.startDate} to ${plan.endDate}, ${plan.customers.length} customers) for your approval.`,
        },
      ),
    );
}

/** Leadership decided: whoever submitted the plan and the unit's head are told; when approved, the customers' owners too. */
export function decisionNotices(plan: TemporaryPlan, staff: readonly Staff[], _units: readonly UnitLabel[]): ChangeNotice[] {
  const last = plan.decisions.at(-1)!;
  const approved = last.decision === 'approved';
  const heads = staff.filter((s) => s.role === 'unit-head' && s.unitId === plan.unitId).map((s) => s.id);
  const owners = approved ? plan.customers.map((c) => c.ownerId) : [];
  const recipients = [...new Set([plan.createdBy.id, ...heads, ...owners])];
  return recipients.map((id) =>
    notice(
      plan,
      id,
      approved ? 'revisit-plan-approved' : 'revisit-plan-rejected',
      approved
        ? { 'zh-CN': `临时回访计划已批准：${plan.purpose}`, en: `Temporary revisit plan approved: ${plan.purpose}` }
        : { 'zh-CN': `临时回访计划被退回：${plan.purpose}`, en: `Temporary revisit plan rejected: ${plan.purpose}` },
      approved
        ? {
            'zh-CN': `${last.by.name} 批准了该计划，请在 ${plan.startDate} 至 ${plan.endDate} 间完成所列客户的回访并记录。`,
            en: `${last.by.name} approved it: revisit the customers listed between ${plan.startDate} and ${plan.endDate} and record each revisit.`,
          }
        : {
            'zh-CN': `${last.by.name} 退回了该计划，理由：${last.reason ?? ''}。请修改后重新提交。`,
            en: `${last.by.name} rejected it: ${last.reason ?? ''}. Revise it and resubmit.`,
          },
    ),
  );
}
