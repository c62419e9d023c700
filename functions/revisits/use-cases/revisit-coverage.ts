import type { Obligation } from '#shared/revisits/obligations';
import { periodOf, previousPeriod, type Period } from '#shared/revisits/periods';
import type { Customer, Tier } from '#shared/schemas/customer.schema';
import type { CoverageQuery } from '#shared/schemas/revisit.schema';
import { unitIds, type UnitId } from '#shared/units';
import { forEachLimited } from '#core/concurrency';
import { keys } from '#core/keys';
import { dataScope, type Principal } from '#core/principal';
import type { RevisitDeps } from '../deps';
import { customerObligations } from './customer-obligations';

export interface CoverageRow {
  unitId: UnitId;
  tier: Tier;
  ruleId: string;
  label: { 'zh-CN': string; en: string };
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
  owed: { 'zh-CN': string; en: string };
  periodId: string;
  status: Obligation['status'];
}

export interface Coverage {
  period: Period;
  previousPeriod: Period;
  rows: CoverageRow[];
  byTier: Omit<CoverageRow, 'unitId' | 'ruleId' | 'label'>[];
  /** Unmet obligations of the period still running that are due soon. */
  dueSoon: OwedItem[];
  /** Unmet obligations whose period is over: the selected one (if past) and the one before it. */
  overdue: OwedItem[];
}

/**
 * Revisit coverage (R6, R8) for the period of `query.period` holding `query.at` (default today):
 * 1. the units in the caller's scope (a unit user sees its own; others all, or one by `unitId`);
 * 2. each unit's live customers by the unit index (Queries, no Scan; a company's customers fit);
 * 3. each customer's obligations from its tier history and revisits (customerObligations);
 * 4. counted by unit × tier × rule, with the share met and the policy's target, and the overdue list.
 */
export async function revisitCoverage(deps: RevisitDeps, query: CoverageQuery, principal: Principal): Promise<Coverage> {
  const now = deps.now();
  const at = query.at ? new Date(Date.parse(`${query.at}T12:00:00+08:00`)) : now;
  const scope = dataScope(principal);
  const units = scope.kind === 'unit' ? [scope.unitId] : query.unitId ? [query.unitId] : [...unitIds];
  const customers: Customer[] = [];
  for (const unitId of units) customers.push(...(await unitCustomers(deps, unitId)));

  const counts = new Map<string, CoverageRow>();
  const dueSoon: OwedItem[] = [];
  const overdue: OwedItem[] = [];
  const period = periodOf(query.period, at);
  const leadDays = deps.reminders.leadDays[query.period];
  const rules = (await deps.settings.get()).settings.rules;
  await forEachLimited(customers, 8, async (customer) => {
    const result = await customerObligations(deps, customer, query.period, at, now, leadDays, rules);
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
      // The tier's target is the strictest its rules set (R6: 100% for VIP and key under the policy's rules).
      const targets = rules.filter((r) => r.tier === tier && r.target !== undefined).map((r) => r.target!);
      return { tier, obligations, met, share: obligations ? met / obligations : 1, ...(targets.length ? { target: Math.max(...targets) } : {}) };
    })
    .filter((t) => t.obligations > 0);
  const sortOwed = (a: OwedItem, b: OwedItem) => a.periodId.localeCompare(b.periodId) || tierIndex(a.tier) - tierIndex(b.tier) || a.customerName.localeCompare(b.customerName);
  return {
    period,
    previousPeriod: previousPeriod(period),
    rows,
    byTier,
    dueSoon: dueSoon.sort(sortOwed),
    overdue: overdue.sort(sortOwed),
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

/** Every live customer of a unit, page by page through the unit index (GSI1). */
async function unitCustomers(deps: RevisitDeps, unitId: UnitId): Promise<Customer[]> {
  const out: Customer[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.customers.list(keys.customerPartitions.unit(unitId), {}, { limit: 100, cursor });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}
