import { planDays, planRevisits, type PlanRevisitItem } from '#shared/revisits/plans';
import type { PlanDueQuery } from '#shared/schemas/revisit-plan.schema';
import { compareNames } from '#shared/name-order';
import { shanghaiDate } from '#shared/shanghai-time';
import { forEachLimited } from '#core/concurrency';
import { dataScope, type Principal } from '#core/principal';
import type { RevisitPlanDeps } from '../deps';

const dayMs = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * dayMs).toISOString().slice(0, 10);

/**
 * The revisits approved temporary plans owe (R6: they count and appear as due), for the calendar and the
 * plan pages: every customer of every approved plan whose days touch [from, to] (default: the last 30
 * days to the next 60), in the caller's scope (a unit user's own unit; otherwise one unit or all), with
 * its status now; `ownerId` keeps one person's. Unmet ones first by the plan's last day, then the met.
 */
export async function planDue(deps: RevisitPlanDeps, query: PlanDueQuery, principal: Principal): Promise<{ from: string; to: string; items: PlanRevisitItem[] }> {
  const now = deps.now();
  const today = shanghaiDate(now);
  const from = query.from ?? addDays(today, -30);
  const to = query.to ?? (query.from ? addDays(query.from, 90) : addDays(today, 60));
  const scope = dataScope(principal);
  const units = scope.kind === 'unit' ? (query.unitId && query.unitId !== scope.unitId ? [] : [scope.unitId]) : query.unitId ? [query.unitId] : await deps.units.codes();
  const [plans, { settings }] = await Promise.all([
    Promise.all(units.map((u) => deps.temporaryPlans.approvedBetween(u, from, to))).then((p) => p.flat()),
    deps.settings.get(),
  ]);

  const items: PlanRevisitItem[] = [];
  await forEachLimited(plans, 4, async (plan) => {
    const customers = query.ownerId ? plan.customers.filter((c) => c.ownerId === query.ownerId) : plan.customers;
    if (!customers.length) return;
    const { from, before } = planDays(plan);
    const revisits = (await Promise.all(customers.map((c) => deps.revisits.between(c.id, from, before)))).flat();
    items.push(...planRevisits({ ...plan, customers }, revisits, now, settings.reminders.planLeadDays));
  });
  const rank = (i: PlanRevisitItem) => (i.status === 'met' ? 1 : 0);
  items.sort((a, b) => rank(a) - rank(b) || a.window.end.localeCompare(b.window.end) || compareNames(a.customer.name, b.customer.name) || a.planId.localeCompare(b.planId));
  return { from, to, items };
}
