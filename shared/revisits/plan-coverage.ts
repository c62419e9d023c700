import type { TemporaryPlan } from '../schemas/revisit-plan.schema';
import type { Period } from './periods';
import { shanghaiMidnight } from '../shanghai-time';
import type { PlanRevisitItem } from './plans';

/**
 * Coverage of approved temporary plans (R6), apart from the tier obligations' shares: a plan is an extra
 * campaign leadership approved for a purpose, not the policy's minimum frequency, so mixing its revisits
 * into the tiers' shares would let a plan's phone calls lift (or its misses sink) the 100% that VIP and
 * key must reach, and count a customer twice when one revisit serves both. Each plan counts in the period
 * holding its last day — the day its revisits fall due, as an obligation falls due on its period's last
 * day — so a plan spanning two quarters counts once.
 */
export interface PlanCoverageRow {
  unitId: string;
  planId: string;
  purpose: string;
  startDate: string;
  endDate: string;
  /** Customers the plan owes a revisit. */
  owed: number;
  met: number;
  overdue: number;
  /** met / owed, 0–1. */
  share: number;
}

/** Whether a plan's last day (Asia/Shanghai) falls in `period`. */
export function planEndsIn(plan: Pick<TemporaryPlan, 'endDate'>, period: Pick<Period, 'start' | 'end'>): boolean {
  const last = shanghaiMidnight(plan.endDate);
  return last >= period.start && last < period.end;
}

/** One row per plan from its revisit items (planRevisits), in the order of the plans given. */
export function planCoverageRows(plans: readonly TemporaryPlan[], items: readonly PlanRevisitItem[]): PlanCoverageRow[] {
  return plans.map((p) => {
    const of = items.filter((i) => i.planId === p.id);
    const met = of.filter((i) => i.status === 'met').length;
    return {
      unitId: p.unitId,
      planId: p.id,
      purpose: p.purpose,
      startDate: p.startDate,
      endDate: p.endDate,
      owed: of.length,
      met,
      overdue: of.filter((i) => i.status === 'overdue').length,
      share: of.length ? met / of.length : 1,
    };
  });
}
