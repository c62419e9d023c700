import type { MessageCode } from '../messages';
import { isUnitRole, type Role } from '../roles';
import type { PlanCustomer, TemporaryPlan, TemporaryPlanDecision, TemporaryPlanEdit, TemporaryPlanStatus } from '../schemas/revisit-plan.schema';

/**
 * The life of a temporary revisit plan (R6: approved by company leadership before it runs):
 *
 *              approve                 cancel
 *   pending ───────────▶ approved ───────────▶ cancelled
 *    │   ▲                                        ▲
 *    │   │ resubmit (revised)                     │ cancel (also from pending and rejected)
 *    ▼   │
 *   rejected ─────────────────────────────────────┘
 *
 * Only an approved plan runs (its revisits are owed and counted); a cancelled plan is closed to every change.
 */
export const temporaryPlanEvents = ['approve', 'reject', 'resubmit', 'cancel'] as const;
export type TemporaryPlanEvent = (typeof temporaryPlanEvents)[number];

export type PlanMove = { to: TemporaryPlanStatus } | { refused: MessageCode };

/** Every status × event: where it goes, or the message it is refused with (409). */
export const temporaryPlanMoves: Record<TemporaryPlanStatus, Record<TemporaryPlanEvent, PlanMove>> = {
  pending: {
    approve: { to: 'approved' },
    reject: { to: 'rejected' },
    resubmit: { refused: 'revisit_plan_not_rejected' },
    cancel: { to: 'cancelled' },
  },
  rejected: {
    approve: { refused: 'revisit_plan_not_pending' },
    reject: { refused: 'revisit_plan_not_pending' },
    resubmit: { to: 'pending' },
    cancel: { to: 'cancelled' },
  },
  approved: {
    approve: { refused: 'revisit_plan_not_pending' },
    reject: { refused: 'revisit_plan_not_pending' },
    resubmit: { refused: 'revisit_plan_not_rejected' },
    cancel: { to: 'cancelled' },
  },
  cancelled: {
    approve: { refused: 'revisit_plan_closed' },
    reject: { refused: 'revisit_plan_closed' },
    resubmit: { refused: 'revisit_plan_closed' },
    cancel: { refused: 'revisit_plan_closed' },
  },
};

export function movePlan(status: TemporaryPlanStatus, event: TemporaryPlanEvent): PlanMove {
  return temporaryPlanMoves[status][event];
}

export interface PlanActor {
  id: string;
  name: string;
  role: Role;
  unitId?: string;
}

export type PlanRefusal = { ok: false; kind: 'conflict' | 'forbidden'; code: MessageCode };
export type PlanOutcome = { ok: true; plan: TemporaryPlan } | PlanRefusal;

const person = (a: PlanActor) => ({ id: a.id, name: a.name });

/** Unit users see their own unit's plans; everyone else who may read plans sees all (R1). */
export function planVisible(plan: Pick<TemporaryPlan, 'unitId'>, a: Pick<PlanActor, 'role' | 'unitId'>): boolean {
  return !isUnitRole(a.role) || a.unitId === plan.unitId;
}

/** Company leadership decides (R6). */
export const mayDecidePlan = (a: Pick<PlanActor, 'role'>) => a.role === 'leadership';

/** Whoever submitted it, the plan unit's head, a Sales head (Sales carries out revisits), or an admin. */
export function mayChangePlan(plan: TemporaryPlan, a: PlanActor): boolean {
  return a.role === 'admin' || a.role === 'sales-head' || a.id === plan.createdBy.id || (a.role === 'unit-head' && a.unitId === plan.unitId);
}

function next(plan: TemporaryPlan, event: TemporaryPlanEvent, now: Date): { plan: TemporaryPlan } | PlanRefusal {
  const m = movePlan(plan.status, event);
  if ('refused' in m) return { ok: false, kind: 'conflict', code: m.refused };
  return { plan: { ...plan, status: m.to, updatedAt: now.toISOString(), version: plan.version + 1 } };
}

/** Leadership approves (the plan runs from now, or from its start date) or rejects with a reason. */
export function decidePlan(plan: TemporaryPlan, a: PlanActor, input: TemporaryPlanDecision, now: Date): PlanOutcome {
  const moved = next(plan, input.decision === 'approved' ? 'approve' : 'reject', now);
  if ('ok' in moved) return moved;
  if (!mayDecidePlan(a)) return { ok: false, kind: 'forbidden', code: 'forbidden' };
  const at = now.toISOString();
  const decision = { decision: input.decision, ...(input.reason ? { reason: input.reason } : {}), by: person(a), at };
  const { approvedAt: _old, ...rest } = moved.plan;
  return { ok: true, plan: { ...rest, decisions: [...plan.decisions, decision], ...(input.decision === 'approved' ? { approvedAt: at } : {}) } };
}

/** A rejected plan, revised, goes back to leadership; its customers are the ones the use case looked up. */
export function resubmitPlan(plan: TemporaryPlan, a: PlanActor, edit: TemporaryPlanEdit, customers: PlanCustomer[], now: Date): PlanOutcome {
  const moved = next(plan, 'resubmit', now);
  if ('ok' in moved) return moved;
  if (!mayChangePlan(plan, a)) return { ok: false, kind: 'forbidden', code: 'revisit_plan_not_yours' };
  return {
    ok: true,
    plan: {
      ...moved.plan,
      purpose: edit.purpose,
      background: edit.background,
      customers,
      channels: edit.channels,
      startDate: edit.startDate,
      endDate: edit.endDate,
      submittedAt: now.toISOString(),
    },
  };
}

/** Stops a plan (before or after approval), with the reason. */
export function cancelPlan(plan: TemporaryPlan, a: PlanActor, reason: string, now: Date): PlanOutcome {
  const moved = next(plan, 'cancel', now);
  if ('ok' in moved) return moved;
  if (!mayChangePlan(plan, a)) return { ok: false, kind: 'forbidden', code: 'revisit_plan_not_yours' };
  return { ok: true, plan: { ...moved.plan, cancellation: { by: person(a), at: now.toISOString(), reason } } };
}
