import type { MessageCode } from '../messages';
import { isUnitRole, type Role } from '../roles';
import type { RecordedFollowUp, UnitStepsInput, Visit, VisitDecision, VisitRecordInput, VisitStep } from '../schemas/visit.schema';
import { holds, ownerOf } from './parties';
import { stepTitles } from './step-titles';
import { move, type VisitEvent } from './visit-state';

/**
 * What can be done to a visit, as pure functions of (visit, actor, input, now): each returns the next
 * visit (version + 1) or why it is refused. The use cases read, call one of these, and write
 * conditionally on the version read; the SPA can call the `may…` checks to show only what applies.
 */
export interface Actor {
  id: string;
  name: string;
  role: Role;
  unitId?: string;
}

export type Refusal = { ok: false; kind: 'conflict' | 'forbidden' | 'not_found' | 'invalid'; code: MessageCode; fields?: Record<string, MessageCode> };
export type Outcome<T = object> = ({ ok: true; visit: Visit } & T) | Refusal;

const refuse = (kind: Refusal['kind'], code: MessageCode, fields?: Refusal['fields']): Refusal => ({ ok: false, kind, code, ...(fields ? { fields } : {}) });
const person = (a: Actor) => ({ id: a.id, name: a.name });

/** Unit users see the visits their unit hosts; everyone else sees all (R1), as with customers. */
export function visitVisible(visit: Pick<Visit, 'hostUnitId'>, actor: Pick<Actor, 'role' | 'unitId'>): boolean {
  return !isUnitRole(actor.role) || actor.unitId === visit.hostUnitId;
}

const isHostHead = (visit: Visit, a: Actor) => a.role === 'unit-head' && a.unitId === visit.hostUnitId;
const inHostUnit = (visit: Visit, a: Actor) => isUnitRole(a.role) && a.unitId === visit.hostUnitId;

/** The hosting side: the hosting unit's people, whoever registered the visit, and admins. */
export function isHostTeam(visit: Visit, a: Actor): boolean {
  return a.role === 'admin' || a.id === visit.registeredBy.id || inHostUnit(visit, a);
}

/** A step's owner or one of its alternates, the hosting unit's head, or an admin. */
export function mayTick(visit: Visit, step: VisitStep, a: Actor): boolean {
  return a.role === 'admin' || isHostHead(visit, a) || holds(step.owner, a) || (step.alternates ?? []).some((o) => holds(o, a));
}

/** Only the approver the standard names (company leadership or the leader in charge: the leadership role). */
export function mayDecide(visit: Visit, a: Actor): boolean {
  return !!visit.approval.approver && holds(visit.approval.approver, a);
}

/** The drafter the standard names (Sales for 1〔1〕, the hosting unit otherwise), or an admin. */
export function mayResubmit(visit: Visit, a: Actor): boolean {
  return a.role === 'admin' || holds(visit.plan.drafter, a);
}

/** Whoever registered it, the hosting unit's head, or an admin. */
export function mayCancel(visit: Visit, a: Actor): boolean {
  return a.role === 'admin' || a.id === visit.registeredBy.id || isHostHead(visit, a);
}

function next(visit: Visit, event: VisitEvent, now: Date): { visit: Visit } | Refusal {
  const m = move(visit.status, event);
  if ('refused' in m) return refuse('conflict', m.refused);
  return { visit: { ...visit, status: m.to, updatedAt: now.toISOString(), version: visit.version + 1 } };
}

/**
 * Leadership decides the submitted plan:
 * - approved: the plan and approval steps are done, every waiting step opens (`opened`, to notify owners);
 * - rejected (with a reason): the plan goes back to its drafter, the approval step waits for a resubmission.
 */
export function decide(visit: Visit, a: Actor, input: VisitDecision, now: Date): Outcome<{ opened: VisitStep[] }> {
  const moved = next(visit, input.decision === 'approved' ? 'approve' : 'reject', now);
  if ('ok' in moved) return moved;
  if (!mayDecide(visit, a)) return refuse('forbidden', 'visit_not_approver');
  const at = now.toISOString();
  const rounds = [...visit.approval.rounds];
  const last = rounds.at(-1)!;
  rounds[rounds.length - 1] = { ...last, decision: input.decision, decidedAt: at, decidedBy: person(a), ...(input.reason ? { reason: input.reason } : {}) };
  const approved = input.decision === 'approved';
  const opened: VisitStep[] = [];
  const steps = visit.steps.map((s): VisitStep => {
    if (s.kind === 'approval') {
      return approved
        ? { ...s, status: 'done', doneAt: at, doneBy: person(a), ...(input.reason ? { note: input.reason } : {}) }
        : { ...s, status: 'waiting' };
    }
    if (!approved) return s;
    if (s.kind === 'plan') return { ...s, status: 'done', doneAt: at, doneBy: last.submittedBy };
    if (s.status === 'waiting') {
      const open = { ...s, status: 'open' as const };
      opened.push(open);
      return open;
    }
    return s;
  });
  return { ok: true, visit: { ...moved.visit, approval: { ...visit.approval, status: input.decision, rounds }, steps }, opened };
}

/** The drafter revises a rejected plan and sends it to the approver again. */
export function resubmit(visit: Visit, a: Actor, input: { planNotes?: string }, now: Date): Outcome {
  const moved = next(visit, 'resubmit', now);
  if ('ok' in moved) return moved;
  if (!mayResubmit(visit, a)) return refuse('forbidden', 'visit_not_drafter');
  const at = now.toISOString();
  const notes = input.planNotes ?? visit.plan.notes;
  return {
    ok: true,
    visit: {
      ...moved.visit,
      plan: { ...visit.plan, notes },
      approval: {
        ...visit.approval,
        status: 'pending',
        rounds: [...visit.approval.rounds, { submittedAt: at, submittedBy: person(a), ...(notes ? { planNotes: notes } : {}) }],
      },
      steps: visit.steps.map((s) => (s.kind === 'approval' ? { ...s, status: 'open' as const } : s)),
    },
  };
}

/**
 * Ticks one open step done with a note. The plan of a plan that needs approval, and the approval
 * itself, close with the decision, not by ticking.
 */
export function tickStep(visit: Visit, stepId: string, a: Actor, note: string, now: Date): Outcome<{ step: VisitStep }> {
  const moved = next(visit, 'tick', now);
  if ('ok' in moved) return moved;
  const step = visit.steps.find((s) => s.id === stepId);
  if (!step) return refuse('not_found', 'not_found');
  if (!mayTick(visit, step, a)) return refuse('forbidden', 'visit_step_not_yours');
  if (step.kind === 'approval' || (step.kind === 'plan' && visit.approval.required)) return refuse('conflict', 'visit_step_by_approval');
  if (step.status === 'waiting') return refuse('conflict', 'visit_step_waiting');
  if (step.status === 'done') return refuse('conflict', 'visit_step_done');
  const done: VisitStep = { ...step, status: 'done', doneAt: now.toISOString(), doneBy: person(a), ...(note ? { note } : {}) };
  return { ok: true, visit: { ...moved.visit, steps: visit.steps.map((s) => (s.id === stepId ? done : s)) }, step: done };
}

/**
 * The hosting unit's own checklist for a general or reserve customer: steps kept by id (status and
 * completion kept), new ones added as the unit's own, the rest removed. All owned by the hosting unit.
 */
export function editUnitSteps(visit: Visit, a: Actor, input: UnitStepsInput, now: Date): Outcome {
  if (visit.cell !== 'unit-own') return refuse('conflict', 'visit_steps_from_standard');
  const moved = next(visit, 'edit-steps', now);
  if ('ok' in moved) return moved;
  if (!isHostTeam(visit, a)) return refuse('forbidden', 'visit_not_host');
  const byId = new Map(visit.steps.map((s) => [s.id, s]));
  const fields: Record<string, MessageCode> = {};
  const seen = new Set<string>();
  input.steps.forEach((s, i) => {
    if (s.id && (!byId.has(s.id) || seen.has(s.id))) fields[`steps.${i}.id`] = 'visit.stepUnknown';
    if (s.id) seen.add(s.id);
  });
  if (Object.keys(fields).length) return refuse('invalid', 'validation_failed', fields);
  let n = Math.max(0, ...visit.steps.map((s) => Number(/^custom-(\d+)$/.exec(s.id)?.[1] ?? 0)));
  const steps = input.steps.map((s): VisitStep => {
    const kept = s.id ? byId.get(s.id) : undefined;
    const sameTitle = kept && (kept.title['zh-CN'] === s.title || kept.title.en === s.title);
    const base: VisitStep = kept ?? {
      id: `custom-${++n}`,
      kind: 'custom',
      title: stepTitles.custom,
      owner: ownerOf('hosting-unit', visit.hostUnitId),
      dueAt: s.dueAt,
      status: 'open',
    };
    const { details: _old, ...rest } = base;
    return {
      ...rest,
      title: sameTitle ? base.title : { 'zh-CN': s.title, en: s.title },
      dueAt: s.dueAt,
      ...(s.details ? { details: { 'zh-CN': s.details, en: s.details } } : {}),
    };
  });
  return { ok: true, visit: { ...moved.visit, steps } };
}

/** After the guests arrived: who met them, the outcomes, and follow-up items. */
export function recordVisit(visit: Visit, a: Actor, input: VisitRecordInput, now: Date, newId: () => string): Outcome {
  const moved = next(visit, 'record', now);
  if ('ok' in moved) return moved;
  if (!isHostTeam(visit, a)) return refuse('forbidden', 'visit_not_host');
  if (now.getTime() < Date.parse(visit.arrivalAt)) return refuse('conflict', 'visit_not_arrived');
  return {
    ok: true,
    visit: {
      ...moved.visit,
      record: {
        metWith: input.metWith,
        outcomes: input.outcomes,
        followUps: input.followUps.map((f) => ({ ...f, id: newId() })),
        recordedAt: now.toISOString(),
        recordedBy: person(a),
      },
    },
  };
}

export function cancelVisit(visit: Visit, a: Actor, reason: string, now: Date): Outcome {
  const moved = next(visit, 'cancel', now);
  if ('ok' in moved) return moved;
  if (!mayCancel(visit, a)) return refuse('forbidden', 'visit_not_host');
  return { ok: true, visit: { ...moved.visit, cancellation: { at: now.toISOString(), by: person(a), reason } } };
}

/** A follow-up item already turned into a service request or a revisit. */
export const followUpConverted = (f: Pick<RecordedFollowUp, 'serviceRequestId' | 'revisitId'>): boolean => !!(f.serviceRequestId || f.revisitId);

/** The hosting side, or the person the record named to follow the item up. */
export function mayConvertFollowUp(visit: Visit, followUp: Pick<RecordedFollowUp, 'ownerId'>, a: Actor): boolean {
  return isHostTeam(visit, a) || (!!followUp.ownerId && followUp.ownerId === a.id);
}

/**
 * Whether a follow-up item can become a service request or a revisit now, changing nothing: the use
 * cases ask before they create the other record, then `convertFollowUp` links it (and asks again).
 */
export function followUpToConvert(visit: Visit, followUpId: string, a: Actor): { ok: true; followUp: RecordedFollowUp } | Refusal {
  const m = move(visit.status, 'follow-up');
  if ('refused' in m) return refuse('conflict', m.refused);
  const followUp = visit.record?.followUps.find((f) => f.id === followUpId);
  if (!followUp) return refuse('not_found', 'not_found');
  if (!mayConvertFollowUp(visit, followUp, a)) return refuse('forbidden', 'visit_not_host');
  if (followUpConverted(followUp)) return refuse('conflict', 'visit_follow_up_converted');
  return { ok: true, followUp };
}

/** Links a follow-up item to the service request or revisit it became; once only. */
export function convertFollowUp(
  visit: Visit,
  followUpId: string,
  a: Actor,
  link: { serviceRequestId: string } | { revisitId: string },
  now: Date,
): Outcome {
  const checked = followUpToConvert(visit, followUpId, a);
  if (!checked.ok) return checked;
  const moved = next(visit, 'follow-up', now);
  if ('ok' in moved) return moved;
  const at = now.toISOString();
  const record = visit.record!;
  const followUps = record.followUps.map((f) => (f.id === followUpId ? { ...f, ...link, convertedAt: at, convertedBy: person(a) } : f));
  return { ok: true, visit: { ...moved.visit, record: { ...record, followUps } } };
}
