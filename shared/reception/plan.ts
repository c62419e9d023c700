import type { Role } from '../roles';
import type { Customer } from '../schemas/customer.schema';
import type { Visit, VisitRegisterInput, VisitStep, VisitStatus } from '../schemas/visit.schema';
import { ownerOf, type Owner } from './parties';
import { clauseOf, dueOffsetHours, standardCell, visitRank, type StandardCell, type StandardStep } from './standard';
import { stepTitles } from './step-titles';

const hourMs = 60 * 60 * 1000;

/** The kinds that do not wait for the approval: the information and the plan itself (the approval step opens with the submission). */
const neverWaiting = new Set<VisitStep['kind']>(['info', 'plan', 'approval']);

export interface PlanInput {
  arrivalAt: string;
  hostUnitId: string;
  lodging: { requested: boolean };
  registeredBy: { id: string; name: string };
}

export interface GeneratedPlan {
  steps: VisitStep[];
  drafter: Owner;
  approval: Visit['approval'];
  status: Extract<VisitStatus, 'awaiting-approval' | 'open'>;
}

/**
 * Turns a cell of the standard into a visit's checklist (R5):
 * - one step per clause, owned by the clause's party resolved for the hosting unit, due at a fixed
 *   offset from the arrival; lodging only when the customer asked for it;
 * - where the plan clause names an approver, an approval step owned by the approver follows the plan
 *   step, the plan counts as submitted `now` by whoever registered the visit, and every step except the
 *   information, the plan and the approval waits until it is approved.
 */
export function generatePlan(visit: PlanInput, cell: StandardCell, now: Date): GeneratedPlan {
  const planClause = cell.steps.find((s) => s.kind === 'plan');
  if (!planClause) throw new Error(`Cell ${cell.id} has no plan clause`);
  const approverParty = planClause.approver;
  const pending = approverParty !== undefined;
  const steps: VisitStep[] = [];
  for (const s of cell.steps) {
    if (s.onRequest && !visit.lodging.requested) continue;
    steps.push(stepFrom(cell, s, s.kind, visit, pending));
    if (s.kind === 'plan' && approverParty) {
      steps.push({ ...stepFrom(cell, s, 'approval', visit, pending), owner: ownerOf(approverParty, visit.hostUnitId) });
    }
  }
  const approver = approverParty ? ownerOf(approverParty, visit.hostUnitId) : undefined;
  return {
    steps,
    drafter: ownerOf(planClause.owner, visit.hostUnitId),
    approval: approver
      ? { required: true, approver, status: 'pending', rounds: [{ submittedAt: now.toISOString(), submittedBy: visit.registeredBy }] }
      : { required: false, status: 'not-required', rounds: [] },
    status: pending ? 'awaiting-approval' : 'open',
  };
}

function stepFrom(cell: StandardCell, s: StandardStep, kind: VisitStep['kind'], visit: PlanInput, pending: boolean): VisitStep {
  const host = visit.hostUnitId;
  const resolve = (parties?: readonly StandardStep['owner'][]) => (parties?.length ? parties.map((p) => ownerOf(p, host)) : undefined);
  const clause = clauseOf(cell, s);
  const step: VisitStep = {
    id: kind,
    kind,
    title: stepTitles[kind],
    ...(clause ? { clause, source: s.source } : {}),
    ...(s.details && kind !== 'approval' ? { details: s.details } : {}),
    owner: ownerOf(s.owner, host),
    ...(s.ownerImplied ? { ownerImplied: true } : {}),
    dueAt: dueAt(visit.arrivalAt, kind),
    status: pending && !neverWaiting.has(kind) ? 'waiting' : 'open',
  };
  if (kind === 'approval') return step;
  const optional = {
    alternates: resolve(s.alternates),
    assist: resolve(s.assist),
    reportTo: s.reportTo ? ownerOf(s.reportTo, host) : undefined,
    chair: s.chair ? ownerOf(s.chair, host) : undefined,
    host: s.host ? ownerOf(s.host, host) : undefined,
    attendees: resolve(s.attendees),
    mayAttend: resolve(s.mayAttend),
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (step as Record<string, unknown>)[k] = v;
  return step;
}

/** A kind's due time: the arrival shifted by the kind's offset, as an instant. */
export function dueAt(arrivalAt: string, kind: VisitStep['kind']): string {
  return new Date(Date.parse(arrivalAt) + dueOffsetHours[kind] * hourMs).toISOString();
}

/**
 * A new visit from a registration (R5): the customer's tier now, the highest visitor's rank, the cell
 * of the standard for both, and the plan generated from that cell.
 */
export function registerVisit(
  input: VisitRegisterInput,
  customer: Pick<Customer, 'id' | 'name' | 'tier' | 'unitId'>,
  registrant: { id: string; name: string; role: Role; unitId?: string },
  id: string,
  now: Date,
): Visit {
  const rank = visitRank(input.visitors);
  const cell = standardCell(customer.tier, rank);
  // Every department may host (〔一〕); a registrant outside any business unit hosts on behalf of the customer's unit.
  const hostUnitId = (registrant.unitId ?? customer.unitId) as Visit['hostUnitId'];
  const registeredBy = { id: registrant.id, name: registrant.name };
  const plan = generatePlan({ arrivalAt: input.arrivalAt, hostUnitId, lodging: input.lodging, registeredBy }, cell, now);
  const at = now.toISOString();
  return {
    id,
    customerId: customer.id,
    customerName: customer.name,
    tier: customer.tier,
    rank,
    cell: cell.id,
    hostUnitId,
    registeredBy: { ...registeredBy, role: registrant.role },
    registeredAt: at,
    visitors: input.visitors,
    arrivalAt: input.arrivalAt,
    departureAt: input.departureAt,
    purpose: input.purpose,
    travel: input.travel,
    lodging: input.lodging,
    headcount: input.headcount,
    status: plan.status,
    plan: { drafter: plan.drafter, notes: '' },
    approval: plan.approval,
    steps: plan.steps,
    updatedAt: at,
    version: 1,
  };
}

