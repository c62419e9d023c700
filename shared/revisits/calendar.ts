import type { Tier } from '../schemas/customer.schema';
import type { TemporaryPlan } from '../schemas/revisit-plan.schema';
import { compareNames } from '../name-order';
import type { ReminderTiming } from '../schemas/revisit-settings.schema';
import { shanghaiDate } from '../shanghai-time';
import { obligationsFor, type ObligationStatus, type RevisitFact, type TierChange } from './obligations';
import { parsePeriodId, periodOf, type Period, type PeriodKind } from './periods';
import { planEndsIn } from './plan-coverage';
import { planRevisits, type PlanRevisitStatus } from './plans';
import type { RevisitChannel, RevisitRule, VisitorRank } from './rules';
import type { Bilingual } from '../messages';

/** A revisit as the calendar shows it (a stored revisit has all of this). */
export interface CalendarRevisit extends RevisitFact {
  visitors: readonly { name: string; rank: VisitorRank }[];
  satisfaction: number;
}

/** What the calendar needs of one customer: its tier timeline and its revisits from the half-year's start on. */
export interface CalendarCustomer {
  id: string;
  name: string;
  unitId: string;
  ownerId: string;
  tier: Tier;
  createdAt: string;
  history: readonly TierChange[];
  revisits: readonly CalendarRevisit[];
}

/** What every calendar entry says: the day (Asia/Shanghai) and whose customer it is. */
interface EntryOn {
  date: string;
  customerId: string;
  customerName: string;
  unitId: string;
  ownerId: string;
}

/** An obligation falling due on `date` (the last day of its period, Asia/Shanghai). */
export interface DueEntry extends EntryOn {
  kind: 'due';
  tier: Tier;
  ruleId: string;
  label: Bilingual;
  periodId: string;
  status: ObligationStatus;
  /** The revisits that met it. */
  metBy: string[];
}

/** A revisit made on `date` (Asia/Shanghai). */
export interface RevisitEntry extends EntryOn {
  kind: 'revisit';
  revisitId: string;
  channel: RevisitChannel;
  visitors: { name: string; rank: VisitorRank }[];
  satisfaction: number;
}

/** A revisit an approved temporary plan owes, on the plan's last day (Asia/Shanghai), with its status at `now`. */
export interface PlanEntry extends EntryOn {
  kind: 'plan';
  tier: Tier;
  planId: string;
  purpose: string;
  /** The plan's first and last day. */
  startDate: string;
  endDate: string;
  status: PlanRevisitStatus;
  metBy: string[];
}

export type CalendarEntry = DueEntry | RevisitEntry | PlanEntry;

/**
 * The frequency rules that judge each period: one list for every period, or a function giving each period
 * the rules in force at its judging instant (shared/revisits/judging-instant.ts), read before the call.
 */
export type CalendarRules = readonly RevisitRule[] | ((period: Period) => readonly RevisitRule[]);

/** How early obligations and plan revisits are "due soon" (the reminder timing of the revisit settings). */
export type CalendarTiming = Pick<ReminderTiming, 'leadDays' | 'planLeadDays'>;

/** The kinds of period that end in a month: every month; a quarter in March, June…; a half-year in June and December. */
export function periodsEndingIn(month: Period): Period[] {
  const last = new Date(Date.parse(month.end) - 1);
  return (['month', 'quarter', 'half-year'] as const satisfies readonly PeriodKind[]).map((k) => periodOf(k, last)).filter((p) => p.end === month.end);
}

/** The first instant the calendar of `month` must read revisits from: a monthly waiver looks back to the half-year's start. */
export function revisitsFrom(month: Period): string {
  return periodOf('half-year', month.start).start;
}

const byDate = (a: CalendarEntry, b: CalendarEntry) =>
  a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || compareNames(a.customerName, b.customerName) || (a.kind === 'due' && b.kind === 'due' ? a.ruleId.localeCompare(b.ruleId) : 0);

/**
 * One month's calendar (`'2026-06'`): every obligation whose period ends in the month, on its last day,
 * with its status at `now` (met, open, due soon, overdue — the rules' own judgement, shared/revisits/obligations.ts);
 * every revisit made in the month, on its day; and, for each approved temporary plan whose last day falls
 * in the month, its revisit of each of these customers it names, on that last day (shared/revisits/plans.ts
 * judges it; the customer's revisits must reach back to the plan's first day). A customer created after a
 * period ended owes nothing for it. Each period is judged by `rules` for that period, so a past month
 * shows what was owed under the rules it closed under.
 */
export function monthCalendar(
  monthId: string,
  customers: readonly CalendarCustomer[],
  rules: CalendarRules,
  now: Date,
  timing: CalendarTiming,
  plans: readonly TemporaryPlan[] = [],
): CalendarEntry[] {
  const { leadDays } = timing;
  const month = parsePeriodId(monthId);
  if (!month || month.kind !== 'month') throw new Error(`not a month: ${monthId}`);
  const out: CalendarEntry[] = [];
  const ending = periodsEndingIn(month);
  const rulesOf = (p: Period) => (typeof rules === 'function' ? rules(p) : rules);
  for (const c of customers) {
    const timeline = { tier: c.tier, history: c.history, since: c.createdAt };
    for (const period of ending) {
      if (c.createdAt >= period.end) continue;
      for (const o of obligationsFor(timeline, period.kind, c.revisits, now, { leadDays: leadDays[period.kind], at: period.start, rules: rulesOf(period) })) {
        out.push({
          kind: 'due',
          date: shanghaiDate(new Date(Date.parse(period.end) - 1)),
          customerId: c.id,
          customerName: c.name,
          unitId: c.unitId,
          ownerId: c.ownerId,
          tier: o.tier,
          ruleId: o.rule.id,
          label: o.rule.label,
          periodId: o.period.id,
          status: o.status,
          metBy: o.metBy,
        });
      }
    }
    for (const r of c.revisits) {
      const t = Date.parse(r.visitedAt);
      if (t < Date.parse(month.start) || t >= Date.parse(month.end)) continue;
      out.push({
        kind: 'revisit',
        date: shanghaiDate(r.visitedAt),
        customerId: c.id,
        customerName: c.name,
        unitId: c.unitId,
        ownerId: c.ownerId,
        revisitId: r.id,
        channel: r.channel,
        visitors: r.visitors.map((v) => ({ name: v.name, rank: v.rank })),
        satisfaction: r.satisfaction,
      });
    }
    for (const plan of plans) {
      if (!planEndsIn(plan, month)) continue;
      const named = plan.customers.filter((pc) => pc.id === c.id);
      for (const item of planRevisits({ ...plan, customers: named }, c.revisits.map((r) => ({ ...r, customerId: c.id })), now, timing.planLeadDays)) {
        out.push({
          kind: 'plan',
          date: plan.endDate,
          customerId: c.id,
          customerName: c.name,
          unitId: c.unitId,
          ownerId: c.ownerId,
          tier: c.tier,
          planId: plan.id,
          purpose: plan.purpose,
          startDate: plan.startDate,
          endDate: plan.endDate,
          status: item.status,
          metBy: item.metBy,
        });
      }
    }
  }
  return out.sort(byDate);
}
