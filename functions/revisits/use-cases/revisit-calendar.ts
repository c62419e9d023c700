import { monthCalendar, periodsEndingIn, revisitsFrom, type CalendarCustomer, type CalendarEntry } from '#shared/revisits/calendar';
import { judgingInstant } from '#shared/revisits/judging-instant';
import { periodOf, parsePeriodId, type Period } from '#shared/revisits/periods';
import { planEndsIn } from '#shared/revisits/plan-coverage';
import type { RevisitRule } from '#shared/revisits/rules';
import type { Customer } from '#shared/schemas/customer.schema';
import type { RevisitCalendarQuery } from '#shared/schemas/revisit-calendar.schema';
import type { TemporaryPlan } from '#shared/schemas/revisit-plan.schema';
import { shanghaiDate, shanghaiMidnight } from '#shared/shanghai-time';
import type { UnitId } from '#shared/units';
import { forEachLimited } from '#core/concurrency';
import { DomainError } from '#core/errors';
import { keys } from '#core/keys';
import { dataScope, inScope, type Principal } from '#core/principal';
import { settingsInForce } from '#core/repositories/versioned-settings.repository';
import type { RevisitDeps } from '../deps';

export interface RevisitCalendar {
  month: string;
  scope: { kind: 'person'; ownerId: string } | { kind: 'unit'; unitId: UnitId };
  /** Live customers the calendar covers. */
  customers: number;
  entries: CalendarEntry[];
}

/**
 * A month of revisits due and made (issue 5), for one person's customers or for a unit:
 * 1. the scope: `ownerId` (default the caller) or `unitId`; a unit user may look only inside their unit
 *    (another unit, or a person of another unit, is refused);
 * 2. the customers by the owner index (GSI2) or the unit index (GSI1) — Queries, no Scan — kept to the
 *    caller's data scope;
 * 3. per customer, its tier history and its revisits from the half-year's start (or a plan's first day,
 *    if earlier) to the month's end;
 * 4. the approved temporary plans of those customers' units ending in the month (the unit's plan index);
 * 5. the calendar (shared/revisits/calendar.ts) with today's reminder timing, each period ending in the
 *    month judged by the rules in force at its judging instant (a past month by those it closed under):
 *    one settings read per distinct instant, at most one per period kind.
 */
export async function revisitCalendar(deps: RevisitDeps, query: RevisitCalendarQuery, principal: Principal): Promise<RevisitCalendar> {
  const now = deps.now();
  const month = parsePeriodId(query.month ?? periodOf('month', now).id)!;
  const scope = dataScope(principal);
  let customers: Customer[];
  let shown: RevisitCalendar['scope'];
  if (query.unitId) {
    if (scope.kind === 'unit' && scope.unitId !== query.unitId) throw new DomainError('forbidden', 'calendar.scope');
    customers = await deps.customers.all(keys.customerPartitions.unit(query.unitId));
    shown = { kind: 'unit', unitId: query.unitId };
  } else {
    const ownerId = query.ownerId ?? principal.id;
    if (scope.kind === 'unit' && ownerId !== principal.id) {
      const owner = await deps.staff.get(ownerId);
      if (owner?.unitId !== scope.unitId) throw new DomainError('forbidden', 'calendar.scope');
    }
    customers = (await deps.customers.all(keys.customerPartitions.owner(ownerId))).filter((c) => inScope(scope, c));
    shown = { kind: 'person', ownerId };
  }

  const [current, plans] = await Promise.all([deps.settings.get(), plansEndingIn(deps, month, customers)]);
  const settingsAt = settingsInForce(deps.settings, current, now);
  const ending = periodsEndingIn(month);
  const rulesById = new Map<string, readonly RevisitRule[]>(
    await Promise.all(ending.map(async (p) => [p.id, (await settingsAt(judgingInstant(p, now))).settings.rules] as const)),
  );
  const facts: CalendarCustomer[] = [];
  await forEachLimited(customers, 8, async (c) => {
    // A plan's revisits count from its first day, which may lie before the half-year's start.
    const from = [revisitsFrom(month), ...plans.filter((p) => p.customers.some((pc) => pc.id === c.id)).map((p) => shanghaiMidnight(p.startDate))].sort()[0]!;
    const [history, revisits] = await Promise.all([deps.tiers.history(c.id), deps.revisits.between(c.id, from, month.end)]);
    facts.push({ id: c.id, name: c.name, unitId: c.unitId, ownerId: c.ownerId, tier: c.tier, createdAt: c.createdAt, history, revisits });
  });
  return {
    month: month.id,
    scope: shown,
    customers: customers.length,
    entries: monthCalendar(month.id, facts, (p) => rulesById.get(p.id)!, now, current.settings.reminders, plans),
  };
}

/** The approved temporary plans of the customers' units whose last day falls in the month (one Query per unit). */
async function plansEndingIn(deps: RevisitDeps, month: Period, customers: readonly Customer[]): Promise<TemporaryPlan[]> {
  const units = [...new Set(customers.map((c) => c.unitId))];
  const first = shanghaiDate(month.start);
  const last = shanghaiDate(new Date(Date.parse(month.end) - 1));
  const plans = (await Promise.all(units.map((u) => deps.temporaryPlans.approvedBetween(u, first, last)))).flat();
  return plans.filter((p) => planEndsIn(p, month));
}
