import { visitView, type VisitView } from '#shared/reception/visit-view';
import { cancelVisit, decide, editUnitSteps, recordVisit, resubmit, tickStep } from '#shared/reception/visit-actions';
import type { UnitStepsInput, VisitDecision, VisitRecordInput } from '#shared/schemas/visit.schema';
import type { Principal } from '#core/principal';
import type { VisitDeps } from '../deps';
import { approvalNotices, rejectionNotices, reportNotices, stepsOpenedNotices } from '../notices';
import { changeVisit } from './change-visit';

/**
 * The approver decides the plan (R5):
 * 1. only the approver the standard names, only while it awaits approval;
 * 2. approved: the waiting steps open and their owners are told;
 * 3. rejected (with a reason): it goes back to its drafter, who is told.
 */
export async function decideVisit(deps: VisitDeps, id: string, input: VisitDecision, principal: Principal): Promise<VisitView> {
  const { visit } = await changeVisit(
    deps,
    id,
    principal,
    (v, now) => decide(v, principal, input, now),
    (o, staff) =>
      input.decision === 'approved' ? stepsOpenedNotices(o.visit, o.opened, staff, principal) : rejectionNotices(o.visit, input.reason ?? '', staff, principal),
  );
  return visitView(visit, deps.now());
}

/** The drafter revises a rejected plan and submits it again; the approver is told. */
export async function resubmitVisit(deps: VisitDeps, id: string, input: { planNotes?: string }, principal: Principal): Promise<VisitView> {
  const { visit } = await changeVisit(
    deps,
    id,
    principal,
    (v, now) => resubmit(v, principal, input, now),
    (o, staff) => approvalNotices(o.visit, staff, principal),
  );
  return visitView(visit, deps.now());
}

/** An owner ticks a step done with a note; collected information is reported to whom the standard says. */
export async function tickVisitStep(deps: VisitDeps, id: string, stepId: string, note: string, principal: Principal): Promise<VisitView> {
  const { visit } = await changeVisit(
    deps,
    id,
    principal,
    (v, now) => tickStep(v, stepId, principal, note, now),
    (o, staff) => reportNotices(o.visit, o.step, staff, principal),
  );
  return visitView(visit, deps.now());
}

/** The hosting unit edits a general or reserve customer's checklist (If-Match: the list it edited). */
export async function editVisitSteps(deps: VisitDeps, id: string, input: UnitStepsInput, expectedVersion: number, principal: Principal): Promise<VisitView> {
  const { visit } = await changeVisit(
    deps,
    id,
    principal,
    (v, now) => {
      const outcome = editUnitSteps(v, principal, input, now);
      return outcome.ok ? { ...outcome, added: outcome.visit.steps.filter((s) => !v.steps.some((b) => b.id === s.id)) } : outcome;
    },
    (o, staff) => stepsOpenedNotices(o.visit, o.added, staff, principal),
    expectedVersion,
  );
  return visitView(visit, deps.now());
}

/** After the visit: who met the guests, the outcomes and follow-up items. */
export async function recordVisitOutcome(deps: VisitDeps, id: string, input: VisitRecordInput, principal: Principal): Promise<VisitView> {
  const { visit } = await changeVisit(deps, id, principal, (v, now) => recordVisit(v, principal, input, now, deps.newId));
  return visitView(visit, deps.now());
}

export async function cancelVisitPlan(deps: VisitDeps, id: string, reason: string, principal: Principal): Promise<VisitView> {
  const { visit } = await changeVisit(deps, id, principal, (v, now) => cancelVisit(v, principal, reason, now));
  return visitView(visit, deps.now());
}
