import type { Lang } from '#shared/messages';
import type { PlanRevisitStatus } from '#shared/revisits/plans';
import { mayChangePlan, mayDecidePlan, movePlan } from '#shared/revisits/temporary-plan-state';
import { revisitChannels, type RevisitChannel } from '#shared/revisits/rules';
import {
  temporaryPlanCreateSchema,
  type TemporaryPlan,
  type TemporaryPlanCreate,
  type TemporaryPlanStatus,
} from '#shared/schemas/revisit-plan.schema';
import type { Role } from '#shared/roles';
import type { UnitId } from '#shared/units';
import { validate, type FieldErrors } from '#shared/validation';

/** The plan form as the page edits it (dates as a picker range). */
export interface PlanForm {
  unitId: UnitId | '';
  purpose: string;
  background: string;
  customerIds: string[];
  channels: RevisitChannel[];
  dates: [string, string] | null;
}

export const emptyPlanForm = (unitId: UnitId | '' = ''): PlanForm => ({ unitId, purpose: '', background: '', customerIds: [], channels: [...revisitChannels], dates: null });

/** A rejected plan back in the form, to revise and resubmit. */
export const formFromPlan = (p: TemporaryPlan): PlanForm => ({
  unitId: p.unitId,
  purpose: p.purpose,
  background: p.background,
  customerIds: p.customers.map((c) => c.id),
  channels: [...p.channels],
  dates: [p.startDate, p.endDate],
});

/**
 * The form as the request body, checked with the same schema as the server; the date range's errors are
 * shown on the range picker (`dates`).
 */
export function planRequest(form: PlanForm, lang: Lang): { ok: true; value: TemporaryPlanCreate } | { ok: false; fields: FieldErrors } {
  const body = {
    ...(form.unitId ? { unitId: form.unitId } : {}),
    purpose: form.purpose,
    background: form.background,
    customerIds: form.customerIds,
    channels: form.channels,
    ...(form.dates ? { startDate: form.dates[0], endDate: form.dates[1] } : {}),
  };
  const checked = validate(temporaryPlanCreateSchema, body, lang);
  if (checked.ok) return checked;
  const fields: FieldErrors = {};
  for (const [k, v] of Object.entries(checked.fields)) fields[k === 'startDate' || k === 'endDate' ? 'dates' : k.startsWith('customerIds') ? 'customerIds' : k] ??= v;
  return { ok: false, fields };
}

/** What the signed-in user may do with the plan now: the server's rules (shared/revisits/temporary-plan-state.ts). */
export function planActions(plan: TemporaryPlan, user: { username: string; name: string; role: Role; unitId?: string } | null) {
  if (!user) return { canDecide: false, canResubmit: false, canCancel: false };
  const actor = { id: user.username, name: user.name, role: user.role, ...(user.unitId ? { unitId: user.unitId } : {}) };
  return {
    canDecide: mayDecidePlan(actor) && 'to' in movePlan(plan.status, 'approve'),
    canResubmit: mayChangePlan(plan, actor) && 'to' in movePlan(plan.status, 'resubmit'),
    canCancel: mayChangePlan(plan, actor) && 'to' in movePlan(plan.status, 'cancel'),
  };
}

const planTags = { pending: 'warning', approved: 'success', rejected: 'danger', cancelled: 'info' } as const satisfies Record<TemporaryPlanStatus, string>;
export const planStatusTag = (s: TemporaryPlanStatus) => planTags[s];

const dueTags = { upcoming: 'info', open: 'primary', 'due-soon': 'warning', overdue: 'danger', met: 'success' } as const satisfies Record<PlanRevisitStatus, string>;
export const dueStatusTag = (s: PlanRevisitStatus) => dueTags[s];
