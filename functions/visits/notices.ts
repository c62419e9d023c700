import { translate, type Lang, type MessageCode } from '#shared/messages';
import { holds, type Owner } from '#shared/reception/parties';
import type { Actor } from '#shared/reception/visit-actions';
import type { Staff } from '#shared/schemas/staff.schema';
import type { Visit, VisitStep } from '#shared/schemas/visit.schema';
import { shanghaiWallClock } from '#shared/shanghai-time';
import type { VisitNotice } from '#core/repositories/visit.repository';

/**
 * The inbox notices a visit sends (R5): step owners (and those who assist) when their steps open, the
 * approver when a plan is submitted, the drafter when it is rejected, the party the information is
 * reported to when it is collected. Owners are roles (of a unit, for a unit's roles); every member of
 * staff holding one is told, except whoever did the thing. Each notice's dedupe key names the visit
 * version, so a retried write never tells anyone twice.
 */
const langs: Lang[] = ['zh-CN', 'en'];

function text(code: MessageCode, params: Record<Lang, Record<string, string>>) {
  return Object.fromEntries(langs.map((l) => [l, translate(code, l, params[l])])) as Record<Lang, string>;
}

function recipientsOf(staff: readonly Staff[], owners: readonly Owner[], actor: Actor): Staff[] {
  return staff.filter((s) => s.id !== actor.id && owners.some((o) => holds(o, s)));
}

function notice(visit: Visit, recipient: Staff, kind: string, at: string, title: Record<Lang, string>, body: Record<Lang, string>): VisitNotice {
  const id = `visit-${visit.id}-v${visit.version}-${kind}-${recipient.id}`;
  return {
    notification: { id, recipientId: recipient.id, kind, title, body, link: `/visits/${visit.id}`, createdAt: at },
    dedupeKey: id,
  };
}

const common = (visit: Visit) => ({ customer: visit.customerName, arrival: shanghaiWallClock(visit.arrivalAt) });

/** Owners, alternates and assistants of steps that just opened: one notice each, listing their steps. */
export function stepsOpenedNotices(visit: Visit, steps: readonly VisitStep[], staff: readonly Staff[], actor: Actor): VisitNotice[] {
  const byRecipient = new Map<string, { who: Staff; steps: VisitStep[] }>();
  for (const step of steps) {
    if (step.kind === 'approval') continue;
    for (const who of recipientsOf(staff, [step.owner, ...(step.alternates ?? []), ...(step.assist ?? [])], actor)) {
      const entry = byRecipient.get(who.id) ?? { who, steps: [] };
      entry.steps.push(step);
      byRecipient.set(who.id, entry);
    }
  }
  const at = visit.updatedAt;
  return [...byRecipient.values()].map(({ who, steps: mine }) => {
    const list = (l: Lang) => mine.map((s) => s.title[l]).join(l === 'en' ? ', ' : '、');
    return notice(
      visit,
      who,
      'visit-steps',
      at,
      text('notice.visitSteps.title', { 'zh-CN': common(visit), en: common(visit) }),
      text('notice.visitSteps.body', { 'zh-CN': { ...common(visit), steps: list('zh-CN') }, en: { ...common(visit), steps: list('en') } }),
    );
  });
}

/** The approver the standard names, when a plan is submitted (at registration or again after a rejection). */
export function approvalNotices(visit: Visit, staff: readonly Staff[], actor: Actor): VisitNotice[] {
  if (!visit.approval.approver) return [];
  const params = { ...common(visit), by: actor.name };
  return recipientsOf(staff, [visit.approval.approver], actor).map((who) =>
    notice(visit, who, 'visit-approval', visit.updatedAt, text('notice.visitApproval.title', { 'zh-CN': params, en: params }), text('notice.visitApproval.body', { 'zh-CN': params, en: params })),
  );
}

/** The drafter the standard names, when the plan comes back with a reason. */
export function rejectionNotices(visit: Visit, reason: string, staff: readonly Staff[], actor: Actor): VisitNotice[] {
  const params = { ...common(visit), by: actor.name, reason };
  return recipientsOf(staff, [visit.plan.drafter], actor).map((who) =>
    notice(visit, who, 'visit-rejected', visit.updatedAt, text('notice.visitRejected.title', { 'zh-CN': params, en: params }), text('notice.visitRejected.body', { 'zh-CN': params, en: params })),
  );
}

/** Whoever the collected information is reported to (报总经理办公室, 报公司主管领导, 报公司办公室). */
export function reportNotices(visit: Visit, step: VisitStep, staff: readonly Staff[], actor: Actor): VisitNotice[] {
  if (!step.reportTo) return [];
  const params = { ...common(visit), by: actor.name, note: step.note ?? '' };
  return recipientsOf(staff, [step.reportTo], actor).map((who) =>
    notice(visit, who, 'visit-info', visit.updatedAt, text('notice.visitInfo.title', { 'zh-CN': params, en: params }), text('notice.visitInfo.body', { 'zh-CN': params, en: params })),
  );
}
