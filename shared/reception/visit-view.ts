import type { Visit, VisitStep, VisitStatus } from '../schemas/visit.schema';

/** Visits still being prepared: their unfinished steps can fall overdue. */
const active = new Set<VisitStatus>(['awaiting-approval', 'rejected', 'open']);

/** A step not done by its due time while the visit is still being prepared or held. A pure function of `now`. */
export function stepOverdue(step: Pick<VisitStep, 'status' | 'dueAt'>, visit: Pick<Visit, 'status'>, now: Date): boolean {
  return active.has(visit.status) && step.status !== 'done' && now.getTime() > Date.parse(step.dueAt);
}

export type VisitStepView = VisitStep & { overdue: boolean };
export type VisitView = Omit<Visit, 'steps'> & { steps: VisitStepView[]; overdueCount: number };

/** A visit as reads return it: each step flagged when overdue, and the count for lists and badges. */
export function visitView(visit: Visit, now: Date): VisitView {
  const steps = visit.steps.map((s) => ({ ...s, overdue: stepOverdue(s, visit, now) }));
  return { ...visit, steps, overdueCount: steps.filter((s) => s.overdue).length };
}
