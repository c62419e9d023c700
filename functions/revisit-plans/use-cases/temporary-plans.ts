import { planDays, planRevisits, type PlanRevisitItem, type TemporaryPlanView } from '#shared/revisits/plans';
import { cancelPlan, decidePlan, planVisible, resubmitPlan, type PlanOutcome } from '#shared/revisits/temporary-plan-state';
import type { PlanCustomer, TemporaryPlan, TemporaryPlanCreate, TemporaryPlanDecision, TemporaryPlanEdit, TemporaryPlanListQuery } from '#shared/schemas/revisit-plan.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import type { Staff } from '#shared/schemas/staff.schema';
import type { UnitId, UnitLabel } from '#shared/units';
import { DomainError, notFound } from '#core/errors';
import { dataScope, type Principal } from '#core/principal';
import type { ChangeNotice } from '#core/repositories/versioned-write';
import type { RevisitPlanDeps } from '../deps';
import { approvalNotices, decisionNotices } from '../notices';

/** The plan's customers, looked up now: each must be a live customer of the plan's unit. */
async function planCustomers(deps: Pick<RevisitPlanDeps, 'customers'>, unitId: UnitId, ids: readonly string[]): Promise<PlanCustomer[]> {
  const found = new Map((await deps.customers.getMany(ids)).map((c) => [c.id, c]));
  const fields: Record<string, 'revisitPlan.customerNotInUnit'> = {};
  const out: PlanCustomer[] = [];
  ids.forEach((id, i) => {
    const c = found.get(id);
    if (!c || c.deletedAt || c.unitId !== unitId) fields[`customerIds.${i}`] = 'revisitPlan.customerNotInUnit';
    else out.push({ id: c.id, name: c.name, tier: c.tier, ownerId: c.ownerId });
  });
  if (Object.keys(fields).length) throw new DomainError('invalid', 'validation_failed', { fields });
  return out;
}

function checkEnd(endDate: string, now: Date): void {
  if (endDate < shanghaiDate(now)) throw new DomainError('invalid', 'validation_failed', { fields: { endDate: 'revisitPlan.endInPast' } });
}

/**
 * Submits a temporary revisit plan (R6) for leadership's approval:
 * 1. a unit user's plan is for their own unit; anyone else names the unit (required);
 * 2. its last day is today or later; its customers are live customers of that unit (each one named when not);
 * 3. it is stored pending, and leadership is told in the same transaction.
 */
export async function createTemporaryPlan(deps: RevisitPlanDeps, input: TemporaryPlanCreate, principal: Principal): Promise<TemporaryPlan> {
  const scope = dataScope(principal);
  const unitId = scope.kind === 'unit' ? scope.unitId : input.unitId;
  if (!unitId) throw new DomainError('invalid', 'validation_failed', { fields: { unitId: 'unit.required' } });
  if (scope.kind === 'unit' && input.unitId && input.unitId !== scope.unitId) throw new DomainError('invalid', 'validation_failed', { fields: { unitId: 'unit.notYours' } });
  if (!(await deps.units.findActive(unitId))) throw new DomainError('invalid', 'validation_failed', { fields: { unitId: 'unit.unknown' } });
  const now = deps.now();
  checkEnd(input.endDate, now);
  const customers = await planCustomers(deps, unitId, input.customerIds);
  const at = now.toISOString();
  const plan: TemporaryPlan = {
    id: deps.newId(),
    unitId,
    purpose: input.purpose,
    background: input.background,
    customers,
    channels: input.channels,
    startDate: input.startDate,
    endDate: input.endDate,
    status: 'pending',
    createdBy: { id: principal.id, name: principal.name, role: principal.role },
    createdAt: at,
    submittedAt: at,
    decisions: [],
    updatedAt: at,
    version: 1,
  };
  await deps.temporaryPlans.create(plan, approvalNotices(plan, await deps.staff.list(), await deps.units.list()));
  return plan;
}

/** A plan in the caller's scope (another unit's is a 404). */
async function readPlan(deps: Pick<RevisitPlanDeps, 'temporaryPlans'>, id: string, principal: Principal): Promise<TemporaryPlan> {
  const plan = await deps.temporaryPlans.get(id);
  if (!plan || !planVisible(plan, principal)) throw notFound();
  return plan;
}

/** The revisits of a plan's customers in its window, and what each customer is owed now. */
async function itemsOf(deps: Pick<RevisitPlanDeps, 'revisits' | 'now' | 'settings'>, plan: TemporaryPlan): Promise<PlanRevisitItem[]> {
  if (plan.status !== 'approved') return [];
  const { from, before } = planDays(plan);
  const [revisits, { settings }] = await Promise.all([
    Promise.all(plan.customers.map((c) => deps.revisits.between(c.id, from, before))).then((r) => r.flat()),
    deps.settings.get(),
  ]);
  return planRevisits(plan, revisits, deps.now(), settings.reminders.planLeadDays);
}

export async function getTemporaryPlan(deps: RevisitPlanDeps, id: string, principal: Principal): Promise<TemporaryPlanView> {
  const plan = await readPlan(deps, id, principal);
  return { plan, items: await itemsOf(deps, plan) };
}

/** Plans newest first; a unit user sees their own unit's only (asking for another unit answers an empty page). */
export async function listTemporaryPlans(deps: RevisitPlanDeps, query: TemporaryPlanListQuery, principal: Principal) {
  const scope = dataScope(principal);
  if (scope.kind === 'unit' && query.unitId && query.unitId !== scope.unitId) return { items: [], nextCursor: null };
  const unitId = scope.kind === 'unit' ? scope.unitId : query.unitId;
  return deps.temporaryPlans.list({ ...(query.status ? { status: query.status } : {}), ...(unitId ? { unitId } : {}) }, { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) });
}

const attempts = 3;

/**
 * Reads a plan in the caller's scope, applies one pure move and writes it on the version read, with its
 * notices. A lost race re-reads and re-applies (the move re-checks the state, so a plan decided meanwhile
 * is refused, not decided twice).
 */
async function changePlan(
  deps: RevisitPlanDeps,
  id: string,
  principal: Principal,
  apply: (plan: TemporaryPlan, now: Date) => Promise<PlanOutcome> | PlanOutcome,
  notices: (plan: TemporaryPlan, staff: readonly Staff[], units: readonly UnitLabel[]) => ChangeNotice[] = () => [],
): Promise<TemporaryPlan> {
  for (let attempt = 1; ; attempt++) {
    const before = await readPlan(deps, id, principal);
    const outcome = await apply(before, deps.now());
    if (!outcome.ok) throw new DomainError(outcome.kind, outcome.code);
    try {
      await deps.temporaryPlans.replace(before, outcome.plan, notices(outcome.plan, await deps.staff.list(), await deps.units.list()));
      return outcome.plan;
    } catch (error) {
      const stale = error instanceof DomainError && error.kind === 'precondition_failed';
      if (!stale || attempt === attempts) throw error;
    }
  }
}

/** Leadership approves (the plan runs) or rejects with a reason; the submitter and the unit's head are told. */
export async function decideTemporaryPlan(deps: RevisitPlanDeps, id: string, input: TemporaryPlanDecision, principal: Principal): Promise<TemporaryPlanView> {
  const plan = await changePlan(deps, id, principal, (p, now) => decidePlan(p, principal, input, now), decisionNotices);
  return { plan, items: await itemsOf(deps, plan) };
}

/** A rejected plan, revised (customers looked up again), goes back to leadership. */
export async function resubmitTemporaryPlan(deps: RevisitPlanDeps, id: string, edit: TemporaryPlanEdit, principal: Principal): Promise<TemporaryPlanView> {
  checkEnd(edit.endDate, deps.now());
  const plan = await changePlan(
    deps,
    id,
    principal,
    async (p, now) => {
      const refused = resubmitPlan(p, principal, edit, [], now);
      if (!refused.ok) return refused;
      return resubmitPlan(p, principal, edit, await planCustomers(deps, p.unitId, edit.customerIds), now);
    },
    approvalNotices,
  );
  return { plan, items: [] };
}

/** Stops a plan, before or after approval, with the reason. */
export async function cancelTemporaryPlan(deps: RevisitPlanDeps, id: string, reason: string, principal: Principal): Promise<TemporaryPlanView> {
  const plan = await changePlan(deps, id, principal, (p, now) => cancelPlan(p, principal, reason, now));
  return { plan, items: [] };
}
