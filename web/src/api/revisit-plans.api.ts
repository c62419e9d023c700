import type {
  AnnualPlanInput,
  TemporaryPlanCreate,
  TemporaryPlanDecision,
  TemporaryPlanEdit,
  TemporaryPlanStatus,
} from '#shared/schemas/revisit-plan.schema';
import type { UnitId } from '#shared/units';
import { api, type ApiAnswer } from './api-client';

// The answers' types come from the routes' contracts (shared/contracts/revisit-plans.contract.ts).
export type AnnualPlanView = ApiAnswer<'GET /revisit-plans/annual/{unitId}/{year}'>;
export type TemporaryPlanView = ApiAnswer<'GET /revisit-plans/temporary/{planId}'>;
export type PlanRevisitItem = TemporaryPlanView['items'][number];

const annual = (unitId: UnitId, year: number) => ({ unitId, year: String(year) });

/** A unit's annual plan for a year (version 0: not written yet) with its changes, newest first. */
export async function getAnnualPlan(unitId: UnitId, year: number): Promise<AnnualPlanView> {
  const { data } = await api('GET /revisit-plans/annual/{unitId}/{year}', { params: annual(unitId, year) });
  return data;
}

/** Writes the plan on the version read; 412 when someone changed it meanwhile. */
export async function saveAnnualPlan(unitId: UnitId, year: number, input: AnnualPlanInput, version: number): Promise<AnnualPlanView['plan']> {
  const { data } = await api('PUT /revisit-plans/annual/{unitId}/{year}', { params: annual(unitId, year), body: input, headers: { 'If-Match': `"${version}"` } });
  return data;
}

export async function listTemporaryPlans(query: { status?: TemporaryPlanStatus; unitId?: UnitId; cursor?: string; limit?: number }): Promise<ApiAnswer<'GET /revisit-plans/temporary'>> {
  const { data } = await api('GET /revisit-plans/temporary', { query });
  return data;
}

export async function createTemporaryPlan(input: TemporaryPlanCreate): Promise<TemporaryPlanView> {
  const { data } = await api('POST /revisit-plans/temporary', { body: input });
  return data;
}

export async function getTemporaryPlan(planId: string): Promise<TemporaryPlanView> {
  const { data } = await api('GET /revisit-plans/temporary/{planId}', { params: { planId } });
  return data;
}

/** Leadership's decision; 409 `revisit_plan_not_pending` when it was decided meanwhile. */
export async function decideTemporaryPlan(planId: string, input: TemporaryPlanDecision): Promise<TemporaryPlanView> {
  const { data } = await api('POST /revisit-plans/temporary/{planId}/decision', { params: { planId }, body: input });
  return data;
}

export async function resubmitTemporaryPlan(planId: string, input: TemporaryPlanEdit): Promise<TemporaryPlanView> {
  const { data } = await api('POST /revisit-plans/temporary/{planId}/resubmit', { params: { planId }, body: input });
  return data;
}

export async function cancelTemporaryPlan(planId: string, reason: string): Promise<TemporaryPlanView> {
  const { data } = await api('POST /revisit-plans/temporary/{planId}/cancel', { params: { planId }, body: { reason } });
  return data;
}

/** What approved temporary plans owe on the days [from, to] (default: the last 30 days to the next 60). */
export async function planDue(query: { unitId?: UnitId; ownerId?: string; from?: string; to?: string } = {}): Promise<ApiAnswer<'GET /revisit-plans/due'>> {
  const { data } = await api('GET /revisit-plans/due', { query });
  return data;
}
