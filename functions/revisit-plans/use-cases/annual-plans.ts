import type { AnnualPlan, AnnualPlanChange, AnnualPlanInput } from '#shared/schemas/revisit-plan.schema';
import type { UnitId } from '#shared/units';
import { DomainError, notFound } from '#core/errors';
import { dataScope, type Principal } from '#core/principal';
import type { RevisitPlanDeps } from '../deps';

/** A unit user reaches only their own unit's plan; another unit's does not exist for them (404, as with customers). */
function checkScope(unitId: UnitId, principal: Principal): void {
  const scope = dataScope(principal);
  if (scope.kind === 'unit' && scope.unitId !== unitId) throw notFound();
}

/** A unit's annual revisit plan for a year (version 0 when not written yet), with its changes, newest first. */
export async function getAnnualPlan(
  deps: Pick<RevisitPlanDeps, 'annualPlans'>,
  unitId: UnitId,
  year: number,
  principal: Principal,
): Promise<{ plan: AnnualPlan; history: AnnualPlanChange[] }> {
  checkScope(unitId, principal);
  const [plan, history] = await Promise.all([deps.annualPlans.get(unitId, year), deps.annualPlans.history(unitId, year)]);
  return { plan, history };
}

/**
 * Writes a unit's annual plan (R6):
 * 1. the unit's own head (the route also lets Sales heads and admins, for any unit);
 * 2. on the version the writer edited (If-Match; "0" for the first), else 412;
 * 3. the change is kept as history (who, when, before → after) in the same transaction.
 */
export async function putAnnualPlan(
  deps: Pick<RevisitPlanDeps, 'annualPlans' | 'now'>,
  unitId: UnitId,
  year: number,
  input: AnnualPlanInput,
  expectedVersion: number,
  principal: Principal,
): Promise<AnnualPlan> {
  checkScope(unitId, principal);
  const before = await deps.annualPlans.get(unitId, year);
  if (before.version !== expectedVersion) throw new DomainError('precondition_failed', 'precondition_failed');
  const at = deps.now().toISOString();
  const by = { id: principal.id, name: principal.name };
  const after: AnnualPlan = { unitId, year, targets: input.targets, notes: input.notes, version: before.version + 1, updatedAt: at, updatedBy: by };
  await deps.annualPlans.put(before, after, {
    unitId,
    year,
    version: after.version,
    at,
    by,
    ...(before.version > 0 ? { before: { targets: before.targets, notes: before.notes } } : {}),
    after: { targets: after.targets, notes: after.notes },
  });
  return after;
}
