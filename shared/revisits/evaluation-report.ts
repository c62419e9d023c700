import { tiers, type Tier } from '../customer-options';
import type { AnnualPlan, TemporaryPlan } from '../schemas/revisit-plan.schema';
import type { ChannelCounts, ReportFigures } from '../schemas/revisit-report.schema';
import type { UnitId } from '../units';
import { contains, type Period } from './periods';
import { planProgress, planRevisits, quarterIndex, targetOf, type PlanRevisitFact } from './plans';
import { revisitChannels, type RevisitChannel } from './rules';

/** What the figures need of a revisit record (shared/schemas/revisit.schema.ts). */
export interface ReportRevisit {
  id: string;
  customerId: string;
  customerName: string;
  unitId: string;
  tierAtVisit: Tier;
  visitedAt: string;
  channel: RevisitChannel;
  satisfaction: number;
  issues: readonly { id: string; text: string; status: string }[];
}

export interface ReportInputs {
  unitId: UnitId;
  quarter: Period;
  asOf: Date;
  /** The unit's annual plan for the quarter's year (version 0 when there is none). */
  plan: AnnualPlan;
  /** The unit's live customers now, with their tier. */
  customers: readonly { id: string; tier: Tier }[];
  /** Revisits of those customers made up to the quarter's end (earlier quarters too: their items may still be open). */
  revisits: readonly ReportRevisit[];
  /** The unit's temporary plans that overlap the quarter (any status: only approved ones count). */
  temporaryPlans: readonly TemporaryPlan[];
  /** Revisits of the temporary plans' customers, for their progress. */
  planRevisits: readonly PlanRevisitFact[];
  leadDays: number;
  /** The unit's opinions registered before the quarter's end and still unanswered (第三条〔四〕). */
  openOpinions?: number;
}

const zeroChannels = (): ChannelCounts => ({ phone: 0, sms: 0, email: 0, 'on-site': 0 });
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The figures of a unit's quarterly revisit evaluation (R6), filled by the system:
 * 1. progress against the annual plan: per tier, the quarter's target and the revisits made in the quarter
 *    (counted by the tier the customer held when revisited, as recorded), with the share; and how many of
 *    the unit's customers of each tier (now) were reached at least once;
 * 2. revisits made by channel × tier;
 * 3. satisfaction: mean and distribution of the scores recorded in the quarter;
 * 4. follow-up items (issues raised) still open, from revisits up to the quarter's end, oldest first;
 * 5. approved temporary plans overlapping the quarter, with their customers met, overdue and still open;
 * 6. the customers' opinions still unanswered (counted from the opinions register by the caller).
 * Only revisits recorded for this unit count (a customer moved in keeps its old unit's revisits there).
 */
export function reportFigures(input: ReportInputs): ReportFigures {
  const { quarter, plan } = input;
  const q = quarterIndex(quarter);
  const mine = input.revisits.filter((r) => r.unitId === input.unitId && Date.parse(r.visitedAt) < Date.parse(quarter.end));
  const inQuarter = mine.filter((r) => contains(quarter, r.visitedAt));

  const progress = tiers.map((tier) => {
    const target = plan.version > 0 ? targetOf(plan.targets, tier, q) : null;
    const done = inQuarter.filter((r) => r.tierAtVisit === tier).length;
    const ofTier = input.customers.filter((c) => c.tier === tier);
    const reached = new Set(inQuarter.map((r) => r.customerId));
    return {
      tier,
      target,
      done,
      share: target ? round2(done / target) : null,
      customers: ofTier.length,
      customersReached: ofTier.filter((c) => reached.has(c.id)).length,
    };
  });
  const totalTarget = plan.version > 0 ? progress.reduce((n, p) => n + (p.target ?? 0), 0) : null;
  const totalDone = progress.reduce((n, p) => n + p.done, 0);
  const progressTotal = {
    target: totalTarget,
    done: totalDone,
    share: totalTarget ? round2(totalDone / totalTarget) : null,
    customers: progress.reduce((n, p) => n + p.customers, 0),
    customersReached: progress.reduce((n, p) => n + p.customersReached, 0),
  };

  const channelTotals = zeroChannels();
  const byChannel = tiers.map((tier) => {
    const counts = zeroChannels();
    for (const r of inQuarter.filter((x) => x.tierAtVisit === tier)) {
      counts[r.channel]++;
      channelTotals[r.channel]++;
    }
    return { tier, counts, total: revisitChannels.reduce((n, c) => n + counts[c], 0) };
  });

  const distribution = [0, 0, 0, 0, 0];
  for (const r of inQuarter) distribution[r.satisfaction - 1]!++;
  const scored = inQuarter.length;
  const satisfaction = {
    count: scored,
    average: scored ? round2(inQuarter.reduce((n, r) => n + r.satisfaction, 0) / scored) : null,
    distribution,
  };

  const openItems = [...mine]
    .sort((a, b) => a.visitedAt.localeCompare(b.visitedAt) || a.id.localeCompare(b.id))
    .flatMap((r) =>
      r.issues
        .filter((i) => i.status === 'open')
        .map((i) => ({ itemId: i.id, text: i.text, customerId: r.customerId, customerName: r.customerName, revisitId: r.id, visitedAt: r.visitedAt })),
    );

  const temporaryPlans = input.temporaryPlans
    .filter((p) => p.status === 'approved' && p.unitId === input.unitId && overlaps(p, quarter))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id))
    .map((p) => ({
      id: p.id,
      purpose: p.purpose,
      startDate: p.startDate,
      endDate: p.endDate,
      ...planProgress(planRevisits(p, input.planRevisits, input.asOf, input.leadDays)),
    }));

  return {
    unitId: input.unitId,
    quarter: quarter.id,
    periodStart: quarter.start,
    periodEnd: quarter.end,
    asOf: input.asOf.toISOString(),
    planVersion: plan.version,
    progress,
    progressTotal,
    byChannel,
    channelTotals,
    satisfaction,
    openItems,
    openOpinions: input.openOpinions ?? 0,
    temporaryPlans,
  };
}

/** Whether a plan's days [startDate, endDate] (Shanghai) touch the quarter. */
function overlaps(p: Pick<TemporaryPlan, 'startDate' | 'endDate'>, quarter: Period): boolean {
  const first = Date.parse(`${p.startDate}T00:00:00+08:00`);
  const afterLast = Date.parse(`${p.endDate}T00:00:00+08:00`) + 86_400_000;
  return first < Date.parse(quarter.end) && afterLast > Date.parse(quarter.start);
}
