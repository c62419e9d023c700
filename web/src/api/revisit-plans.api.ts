import type { PlanRevisitItem, TemporaryPlanView } from '#shared/revisits/plans';
import type {
  AnnualPlan,
  AnnualPlanChange,
  AnnualPlanInput,
  TemporaryPlan,
  TemporaryPlanCreate,
  TemporaryPlanDecision,
  TemporaryPlanEdit,
  TemporaryPlanStatus,
} from '#shared/schemas/revisit-plan.schema';
import type { UnitId } from '#shared/units';
import { apiRequest } from './api-client';

const annualPath = (unitId: UnitId, year: number) => `/revisit-plans/annual/${unitId}/${year}`;
const temporaryPath = (id: string) => `/revisit-plans/temporary/${encodeURIComponent(id)}`;

/** A unit's annual plan for a year (version 0: not written yet) with its changes, newest first. */
export async function getAnnualPlan(unitId: UnitId, year: number): Promise<{ plan: AnnualPlan; history: AnnualPlanChange[] }> {
  const { data } = await apiRequest<{ plan: AnnualPlan; history: AnnualPlanChange[] }>('GET', annualPath(unitId, year));
  return data;
}

/** Writes the plan on the version read; 412 when someone changed it meanwhile. */
export async function saveAnnualPlan(unitId: UnitId, year: number, input: AnnualPlanInput, version: number): Promise<AnnualPlan> {
  const { data } = await apiRequest<AnnualPlan>('PUT', annualPath(unitId, year), { body: input, headers: { 'If-Match': `"${version}"` } });
  return data;
}

export async function listTemporaryPlans(params: { status?: TemporaryPlanStatus; unitId?: UnitId; cursor?: string; limit?: number }): Promise<{ items: TemporaryPlan[]; nextCursor: string | null }> {
  const { data } = await apiRequest<{ items: TemporaryPlan[]; nextCursor: string | null }>('GET', '/revisit-plans/temporary', { query: { ...params } });
  return data;
}

export async function createTemporaryPlan(input: TemporaryPlanCreate): Promise<TemporaryPlanView> {
  const { data } = await apiRequest<TemporaryPlanView>('POST', '/revisit-plans/temporary', { body: input });
  return data;
}

export async function getTemporaryPlan(id: string): Promise<TemporaryPlanView> {
  const { data } = await apiRequest<TemporaryPlanView>('GET', temporaryPath(id));
  return data;
}

/** Leadership's decision; 409 `revisit_plan_not_pending` when it was decided meanwhile. */
export async function decideTemporaryPlan(id: string, input: TemporaryPlanDecision): Promise<TemporaryPlanView> {
  const { data } = await apiRequest<TemporaryPlanView>('POST', `${temporaryPath(id)}/decision`, { body: input });
  return data;
}

export async function resubmitTemporaryPlan(id: string, input: TemporaryPlanEdit): Promise<TemporaryPlanView> {
  const { data } = await apiRequest<TemporaryPlanView>('POST', `${temporaryPath(id)}/resubmit`, { body: input });
  return data;
}

export async function cancelTemporaryPlan(id: string, reason: string): Promise<TemporaryPlanView> {
  const { data } = await apiRequest<TemporaryPlanView>('POST', `${temporaryPath(id)}/cancel`, { body: { reason } });
  return data;
}

/** What approved temporary plans owe on the days [from, to] (default: the last 30 days to the next 60). */
export async function planDue(params: { unitId?: UnitId; ownerId?: string; from?: string; to?: string } = {}): Promise<{ from: string; to: string; items: PlanRevisitItem[] }> {
  const { data } = await apiRequest<{ from: string; to: string; items: PlanRevisitItem[] }>('GET', '/revisit-plans/due', { query: { ...params } });
  return data;
}
