import { judgingInstant } from '#shared/revisits/judging-instant';
import type { Obligation } from '#shared/revisits/obligations';
import { compareNames } from '#shared/name-order';
import { periodOf, previousPeriod, type Period } from '#shared/revisits/periods';
import { planCoverageRows, planEndsIn, type PlanCoverageRow } from '#shared/revisits/plan-coverage';
import { planObligationKey } from '#shared/revisits/plan-reminders';
import { planRevisits, planWindow, type PlanRevisitItem } from '#shared/revisits/plans';
import type { Customer, Tier } from '#shared/schemas/customer.schema';
import type { CoverageQuery } from '#shared/schemas/revisit.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import type { UnitId } from '#shared/units';
import { forEachLimited } from '#core/concurrency';
import { keys } from '#core/keys';
import { dataScope, type Principal } from '#core/principal';
import { settingsInForce } from '#core/repositories/versioned-settings.repository';
import type { RevisitDeps } from '../deps';

/** What coverage reads: the records only, so a caller that computes it (the unit scorecards) carries no notice channels. */
export type CoverageDeps = Pick<RevisitDeps, 'customers' | 'units' | 'settings' | 'tiers' | 'revisits' | 'temporaryPlans' | 'now'>;
import { customerObligations } from './customer-obligations';
import type { Bilingual } from '#shared/messages';

export interface CoverageRow {
  unitId: UnitId;
  tier: Tier;
  ruleId: string;
  label: Bilingual;
  obligations: number;
  met: number;
  /** met / obligations, 0–1; 1 when nothing is owed. */
  share: number;
  /** The share the policy demands (1 = 100% for VIP and key), when it sets one. */
  target?: number;
}

export interface OwedItem {
  customerId: string;
  customerName: string;
  unitId: UnitId;
  ownerId: string;
  tier: Tier;
  ruleId: string;
  owed: Bilingual;
  periodId: string;
  status: Obligation['status'];
  /** Set when a temporary plan owes it (`ruleId` is then `plan#<planId>`). */
  plan?: { id: string; purpose: string; endDate: string };
}

export interface Coverage {
  period: Period;
  previousPeriod: Period;
  rows: CoverageRow[];
  byTier: Omit<CoverageRow, 'unitId' | 'ruleId' | 'label'>[];
  /** Unmet obligations of the period still running that are due soon. */
  dueSoon: OwedItem[];
  /** Unmet obligations whose period is over: the selected one (if past) and the one before it; plans' too. */
  overdue: OwedItem[];
  /**
   * Approved temporary plans whose last day falls in the period, each its own row, never in `rows` or
   * `byTier` (why: shared/revisits/plan-coverage.ts). Their unmet revisits are in `dueSoon` and `overdue`.
   */
  plans: PlanCoverageRow[];
}

/**
 * Revisit coverage (R6, R8) for the period of `query.period` holding `query.at` (default today):
 * 1. the units in the caller's scope (a unit user sees its own; others all, or one by `unitId`);
 * 2. each unit's live customers by the unit index (Queries, no Scan; a company's customers fit);
 * 3. each customer's obligations from its tier history and revisits (customerObligations), each period
 *    judged by the rules in force at its judging instant (a past quarter by those it closed under), the
 *    settings read once per instant for the whole request;
 * 4. counted by unit × tier × rule, with the share met and the policy's target, and the overdue list;
 * 5. the approved temporary plans of each unit ending in this period or the one before (the unit's plan
 *    index, one Query per unit), each plan customer's revisits in the plan's window: a row per plan of
 *    this period, and their unmet revisits in the due-soon and overdue lists.
 */
export async function revisitCoverage(deps: CoverageDeps, query: CoverageQuery, principal: Principal): Promise<Coverage> {
  const now = deps.now();
  const at = query.at ? new Date(Date.parse(`${query.at}T12:00:00+08:00`)) : now;
  const scope = dataScope(principal);
  const units = scope.kind === 'unit' ? [scope.unitId] : query.unitId ? [query.unitId] : await deps.units.codes();
  const customers: Customer[] = [];
  for (const unitId of units) customers.push(...(await deps.customers.all(keys.customerPartitions.unit(unitId))));

  const counts = new Map<string, CoverageRow>();
  const dueSoon: OwedItem[] = [];
  const overdue: OwedItem[] = [];
  const period = periodOf(query.period, at);
  const current = await deps.settings.get();
  const { reminders } = current.settings;
  const settingsAt = settingsInForce(deps.settings, current, now);
  const { rules } = (await settingsAt(judgingInstant(period, now))).settings;
  const leadDays = reminders.leadDays[query.period];
  await forEachLimited(customers, 8, async (customer) => {
    const result = await customerObligations(deps, customer, query.period, at, now, leadDays, settingsAt);
    for (const o of result.current) {
      const key = `${customer.unitId}#${o.tier}#${o.rule.id}`;
      const row = counts.get(key) ?? {
        unitId: customer.unitId, tier: o.tier, ruleId: o.rule.id, label: o.rule.label, obligations: 0, met: 0, share: 1,
        ...(o.rule.target !== undefined ? { target: o.rule.target } : {}),
      };
      row.obligations++;
      if (o.status === 'met') row.met++;
      counts.set(key, row);
      if (o.status === 'due-soon') dueSoon.push(owed(customer, o));
      if (o.status === 'overdue') overdue.push(owed(customer, o));
    }
    for (const o of result.previous) if (o.status === 'overdue') overdue.push(owed(customer, o));
  });

  const rows = [...counts.values()]
    .map((r) => ({ ...r, share: r.obligations ? r.met / r.obligations : 1 }))
    .sort((a, b) => a.unitId.localeCompare(b.unitId) || tierIndex(a.tier) - tierIndex(b.tier) || a.ruleId.localeCompare(b.ruleId));
  const byTier = (['vip', 'key', 'general', 'reserve'] as const)
    .map((tier) => {
      const of = rows.filter((r) => r.tier === tier);
      const obligations = of.reduce((n, r) => n + r.obligations, 0);
      const met = of.reduce((n, r) => n + r.met, 0);
      // The tier's target is the strictest its rules set (R6: 100% for VIP and key under the policy's rules),
      // under the rules that judge the period shown.
      const targets = rules.filter((r) => r.tier === tier && r.target !== undefined).map((r) => r.target!);
      return { tier, obligations, met, share: obligations ? met / obligations : 1, ...(targets.length ? { target: Math.max(...targets) } : {}) };
    })
    .filter((t) => t.obligations > 0);
  const previous = previousPeriod(period);
  const plans = await planCoverage(deps, units, period, previous, customers, now, reminders.planLeadDays);
  dueSoon.push(...plans.dueSoon);
  overdue.push(...plans.overdue);
  const sortOwed = (a: OwedItem, b: OwedItem) => a.periodId.localeCompare(b.periodId) || tierIndex(a.tier) - tierIndex(b.tier) || compareNames(a.customerName, b.customerName);
  return {
    period,
    previousPeriod: previous,
    rows,
    byTier,
    dueSoon: dueSoon.sort(sortOwed),
    overdue: overdue.sort(sortOwed),
    plans: plans.rows,
  };
}

/**
 * The temporary plans' part of coverage: plans of `units` whose last day falls in `period` (rows) or the
 * one before (their overdue revisits only, as for obligations). A plan customer is named as the unit's
 * customer list has it now (owner, name), else as the plan wrote it down.
 */
async function planCoverage(
  deps: CoverageDeps,
  units: readonly UnitId[],
  period: Period,
  previous: Period,
  customers: readonly Customer[],
  now: Date,
  planLeadDays: number,
): Promise<{ rows: PlanCoverageRow[]; dueSoon: OwedItem[]; overdue: OwedItem[] }> {
  const first = shanghaiDate(previous.start);
  const last = shanghaiDate(new Date(Date.parse(period.end) - 1));
  const plans = (await Promise.all(units.map((u) => deps.temporaryPlans.approvedBetween(u, first, last))))
    .flat()
    .filter((p) => planEndsIn(p, period) || planEndsIn(p, previous))
    .sort((a, b) => a.unitId.localeCompare(b.unitId) || a.endDate.localeCompare(b.endDate) || a.id.localeCompare(b.id));
  const items: PlanRevisitItem[] = [];
  await forEachLimited(plans, 4, async (plan) => {
    const window = planWindow(plan)!;
    const revisits = (await Promise.all(plan.customers.map((c) => deps.revisits.between(c.id, window.start, window.end)))).flat();
    items.push(...planRevisits(plan, revisits, now, planLeadDays));
  });
  const byId = new Map(customers.map((c) => [c.id, c]));
  const owedOf = (i: PlanRevisitItem): OwedItem => {
    const c = byId.get(i.customer.id);
    const plan = plans.find((p) => p.id === i.planId)!;
    return {
      customerId: i.customer.id,
      customerName: c?.name ?? i.customer.name,
      unitId: i.unitId,
      ownerId: c?.ownerId ?? i.customer.ownerId,
      tier: c?.tier ?? i.customer.tier,
      ruleId: planObligationKey(i.planId),
      owed: { 'zh-CN': `临时回访计划：${i.purpose}`, en: `Temporary plan: ${i.purpose}` },
      periodId: planEndsIn(plan, period) ? period.id : previous.id,
      status: i.status === 'upcoming' ? 'open' : i.status,
      plan: { id: plan.id, purpose: plan.purpose, endDate: plan.endDate },
    };
  };
  const current = plans.filter((p) => planEndsIn(p, period));
  return {
    rows: planCoverageRows(current, items),
    dueSoon: items.filter((i) => i.status === 'due-soon').map(owedOf),
    overdue: items.filter((i) => i.status === 'overdue').map(owedOf),
  };
}

const tierIndex = (t: Tier) => ['vip', 'key', 'general', 'reserve'].indexOf(t);

function owed(c: Customer, o: Obligation): OwedItem {
  return {
    customerId: c.id,
    customerName: c.name,
    unitId: c.unitId,
    ownerId: c.ownerId,
    tier: o.tier,
    ruleId: o.rule.id,
    owed: o.rule.label,
    periodId: o.period.id,
    status: o.status,
  };
}
