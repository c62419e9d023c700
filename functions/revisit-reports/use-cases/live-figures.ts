import { reportFigures, type ReportRevisit } from '#shared/revisits/evaluation-report';
import { judgingInstant } from '#shared/revisits/judging-instant';
import type { Period } from '#shared/revisits/periods';
import { planDays, yearOf, type PlanRevisitFact } from '#shared/revisits/plans';
import type { ReportFigures } from '#shared/schemas/revisit-report.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import type { UnitId } from '#shared/units';
import { forEachLimited } from '#core/concurrency';
import { keys } from '#core/keys';
import type { RevisitReportDeps } from '../deps';

/**
 * The figures of a unit's quarter as they stand now (shared/revisits/evaluation-report.ts says what each is):
 * 1. the unit's annual plan for the year, its live customers (unit index, page by page) and the temporary
 *    plans whose days touch the quarter — Queries only;
 * 2. each customer's revisits up to the quarter's end (one Query of its partition), for the quarter's counts
 *    and the follow-up items still open; a plan customer no longer in the unit has its window read too;
 * 3. the revisit setting that judges the quarter (shared/revisits/judging-instant.ts: in force at its end,
 *    or now while it runs) — one read of the settings history. The figures take only the plans' lead time
 *    from it, and count "due soon" with "open", so no figure moves with it today; a figure that judges by
 *    the frequency rules must take them from here too;
 * 4. the unit's opinions registered before the quarter's end and still unanswered (one COUNT Query of the
 *    register's sparse open index), the unsolved problems beside the open follow-up items.
 */
export async function liveFigures(deps: RevisitReportDeps, unitId: UnitId, quarter: Period): Promise<ReportFigures> {
  const asOf = deps.now();
  const firstDay = shanghaiDate(quarter.start);
  const lastDay = shanghaiDate(new Date(Date.parse(quarter.end) - 1));
  const [plan, customers, temporaryPlans, { settings }, openOpinions] = await Promise.all([
    deps.annualPlans.get(unitId, yearOf(quarter)),
    deps.customers.all(keys.customerPartitions.unit(unitId)),
    deps.temporaryPlans.approvedBetween(unitId, firstDay, lastDay),
    deps.settings.asOf(judgingInstant(quarter, asOf)),
    deps.opinions.openCount(unitId, quarter.end),
  ]);

  const revisits: ReportRevisit[] = [];
  await forEachLimited(customers, 8, async (c) => {
    revisits.push(...(await deps.revisits.between(c.id, '', quarter.end)));
  });
  const planRevisits: PlanRevisitFact[] = [...revisits];
  const known = new Set(customers.map((c) => c.id));
  for (const p of temporaryPlans) {
    const { from, before } = planDays(p);
    for (const c of p.customers.filter((x) => !known.has(x.id))) planRevisits.push(...(await deps.revisits.between(c.id, from, before)));
  }

  return reportFigures({
    unitId,
    quarter,
    asOf,
    plan,
    customers: customers.map((c) => ({ id: c.id, tier: c.tier })),
    revisits,
    temporaryPlans,
    planRevisits,
    leadDays: settings.reminders.planLeadDays,
    openOpinions,
  });
}
