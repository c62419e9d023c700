import type { Tier } from '../schemas/customer.schema';
import type { AnnualPlan, AnnualTargets, PlanCustomer, TemporaryPlan } from '../schemas/revisit-plan.schema';
import { shanghaiMidnight } from '../shanghai-time';
import type { UnitId } from '../units';
import type { Period } from './periods';
import type { RevisitChannel } from './rules';

/**
 * Revisit plans (R6): a business unit's annual plan (revisits it means to make, per tier and quarter) and
 * temporary plans (a purpose, customers and dates) that run only once company leadership approves them.
 */

const dayMs = 86_400_000;

export const emptyTargets = (): AnnualTargets => ({ vip: [0, 0, 0, 0], key: [0, 0, 0, 0], general: [0, 0, 0, 0], reserve: [0, 0, 0, 0] });

/** The plan of a year nobody has written yet: all targets zero, version 0 (If-Match "0" writes the first). */
export const unplannedYear = (unitId: UnitId, year: number): AnnualPlan => ({ unitId, year, targets: emptyTargets(), notes: '', version: 0 });

/** 0–3 for a quarter id like '2026-Q3'. */
export function quarterIndex(quarter: Pick<Period, 'id'>): number {
  const m = /-Q([1-4])$/.exec(quarter.id);
  if (!m) throw new Error(`not a quarter: ${quarter.id}`);
  return Number(m[1]) - 1;
}

export const yearOf = (quarter: Pick<Period, 'id'>) => Number(quarter.id.slice(0, 4));

/** The planned revisits of one tier in one quarter (0–3). */
export const targetOf = (targets: AnnualTargets, tier: Tier, quarter: number) => targets[tier][quarter] ?? 0;

/** The whole year's planned revisits of one tier, and of all tiers. */
export function yearTotals(targets: AnnualTargets): Record<Tier | 'all', number> {
  const sum = (t: Tier) => targets[t].reduce((n, v) => n + v, 0);
  const out = { vip: sum('vip'), key: sum('key'), general: sum('general'), reserve: sum('reserve') };
  return { ...out, all: out.vip + out.key + out.general + out.reserve };
}

/** A temporary plan's dates as instants (Asia/Shanghai): from the start of its first day to the end of its last (exclusive). */
export const planDays = (plan: Pick<TemporaryPlan, 'startDate' | 'endDate'>) => ({ from: shanghaiMidnight(plan.startDate), before: shanghaiMidnight(plan.endDate, 1) });

/**
 * When an approved temporary plan counts revisits: from its first day — or from the approval, if that came
 * later, since the plan runs only once leadership approves it — until the end of its last day (exclusive
 * instant). A plan that is not approved has no window.
 */
export function planWindow(plan: Pick<TemporaryPlan, 'status' | 'startDate' | 'endDate' | 'approvedAt'>): { start: string; end: string } | undefined {
  if (plan.status !== 'approved' || !plan.approvedAt) return undefined;
  const { from: first, before: end } = planDays(plan);
  const start = plan.approvedAt > first ? plan.approvedAt : first;
  return { start, end: start > end ? start : end };
}

export type PlanRevisitStatus = 'upcoming' | 'open' | 'due-soon' | 'overdue' | 'met';

/** What the plan needs of a revisit record. */
export interface PlanRevisitFact {
  id: string;
  customerId: string;
  visitedAt: string;
  channel: RevisitChannel;
}

export interface PlanRevisitItem {
  planId: string;
  purpose: string;
  unitId: UnitId;
  customer: PlanCustomer;
  window: { start: string; end: string };
  status: PlanRevisitStatus;
  /** The qualifying revisits (in the window, on one of the plan's channels), up to now. */
  metBy: string[];
}

/**
 * One revisit owed per customer of an approved temporary plan, with its status at `now`:
 * `met` once a revisit of that customer on one of the plan's channels falls in the plan's window (and is
 * not later than now); otherwise `upcoming` before the window opens, `overdue` once it has closed,
 * `due-soon` within `leadDays` of its close, else `open`. Plans not approved owe nothing.
 */
export function planRevisits(plan: TemporaryPlan, revisits: readonly PlanRevisitFact[], now: Date, leadDays: number): PlanRevisitItem[] {
  const window = planWindow(plan);
  if (!window) return [];
  const start = Date.parse(window.start);
  const end = Date.parse(window.end);
  const t = now.getTime();
  return plan.customers.map((customer) => {
    const metBy = revisits
      .filter((r) => r.customerId === customer.id && plan.channels.includes(r.channel))
      .filter((r) => {
        const at = Date.parse(r.visitedAt);
        return at >= start && at < end && at <= t;
      })
      .map((r) => r.id);
    const status: PlanRevisitStatus =
      metBy.length > 0 ? 'met' : t < start ? 'upcoming' : t >= end ? 'overdue' : end - t <= leadDays * dayMs ? 'due-soon' : 'open';
    return { planId: plan.id, purpose: plan.purpose, unitId: plan.unitId, customer, window, status, metBy };
  });
}

/** What the plan routes answer: the plan and, for an approved plan, each customer's revisit, met or still owed. */
export interface TemporaryPlanView {
  plan: TemporaryPlan;
  items: PlanRevisitItem[];
}

/** Counts of a plan's revisit items by status. */
export function planProgress(items: readonly PlanRevisitItem[]): { customers: number; met: number; overdue: number; open: number } {
  return {
    customers: items.length,
    met: items.filter((i) => i.status === 'met').length,
    overdue: items.filter((i) => i.status === 'overdue').length,
    open: items.filter((i) => i.status !== 'met' && i.status !== 'overdue').length,
  };
}
