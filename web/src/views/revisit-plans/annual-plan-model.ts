import { tiers, type Tier } from '#shared/schemas/customer.schema';
import type { AnnualPlanChange, AnnualTargets } from '#shared/schemas/revisit-plan.schema';
import type { Role } from '#shared/roles';

export interface PlanRow {
  tier: Tier;
  quarters: number[];
  total: number;
}

/** The plan as the page's table: a row per tier, Q1–Q4 and the year's total. */
export function planRows(targets: AnnualTargets): PlanRow[] {
  return tiers.map((tier) => ({ tier, quarters: [...targets[tier]], total: targets[tier].reduce((n, v) => n + v, 0) }));
}

/** Back from the table to the request body (empty or negative cells count as 0, decimals are dropped). */
export function targetsFrom(rows: readonly PlanRow[]): AnnualTargets {
  const clean = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0);
  const out = Object.fromEntries(tiers.map((t) => [t, [0, 0, 0, 0]])) as AnnualTargets;
  for (const row of rows) out[row.tier] = [0, 1, 2, 3].map((q) => clean(row.quarters[q]));
  return out;
}

/** Planned revisits of all tiers per quarter, and the year's. */
export function quarterTotals(targets: AnnualTargets): { quarters: number[]; year: number } {
  const quarters = [0, 1, 2, 3].map((q) => tiers.reduce((n, t) => n + (targets[t][q] ?? 0), 0));
  return { quarters, year: quarters.reduce((n, v) => n + v, 0) };
}

/** A unit's head writes their own unit's plan; Sales heads and admins any unit's (the route's roles). */
export function mayWritePlan(user: { role: Role; unitId?: string } | null, unitId: string): boolean {
  if (!user) return false;
  return user.role === 'admin' || user.role === 'sales-head' || (user.role === 'unit-head' && user.unitId === unitId);
}

/** What one change did, cell by cell (the first version lists every target it set). */
export function changedCells(change: Pick<AnnualPlanChange, 'before' | 'after'>): { tier: Tier; quarter: number; before: number | null; after: number }[] {
  const out: { tier: Tier; quarter: number; before: number | null; after: number }[] = [];
  for (const tier of tiers) {
    for (let q = 0; q < 4; q++) {
      const after = change.after.targets[tier][q] ?? 0;
      const before = change.before ? (change.before.targets[tier][q] ?? 0) : null;
      if (before === null ? after !== 0 : before !== after) out.push({ tier, quarter: q, before, after });
    }
  }
  return out;
}

/** The years offered: last year, this year and the next two. */
export const yearOptions = (thisYear: number) => [thisYear - 1, thisYear, thisYear + 1, thisYear + 2];
