import type { Customer, Tier } from './schemas/customer.schema';
import type { TierSettings } from './schemas/tier-settings.schema';
import { computeTier, overrideActive, periodMonths, type TierRule } from './tiers';

export interface MonthTotal {
  month: string;
  amountFen: number;
}

export interface RetierPlan {
  /** The customer as it should be; equal to the input when nothing changes. */
  after: Customer;
  changed: boolean;
  /** Set when the effective tier moves, or an override lapses: the tier history entry to record. */
  tierChange?: { from: Tier; to: Tier; rule: TierRule; overrideLapsed: boolean };
}

/**
 * What re-tiering a customer means at `now` (R3): the annual amount is the sum of its monthly totals
 * in the period; the computed tier follows the rules; an active override wins, an expired one is removed.
 * Pure, so the nightly job, the order webhook and the tests share one definition.
 */
export function planRetier(customer: Customer, months: MonthTotal[], settings: TierSettings, now: Date): RetierPlan {
  const { from, to } = periodMonths(settings.period, now);
  const annualAmountFen = Math.max(
    0,
    months.filter((m) => m.month >= from && m.month <= to).reduce((sum, m) => sum + m.amountFen, 0),
  );
  const computed = computeTier({ annualAmountFen, creditRating: customer.creditRating }, settings);
  const active = overrideActive(customer.tierOverride, now);
  const overrideLapsed = !!customer.tierOverride && !active;
  const tier = active ? customer.tierOverride!.tier : computed.tier;

  const { tierOverride, ...rest } = customer;
  const after: Customer = {
    ...rest,
    ...(active ? { tierOverride } : {}),
    annualAmountFen,
    computedTier: computed.tier,
    tierRule: computed.rule,
    tier,
  };
  const changed =
    overrideLapsed ||
    customer.annualAmountFen !== annualAmountFen ||
    customer.computedTier !== computed.tier ||
    customer.tierRule !== computed.rule ||
    customer.tier !== tier;
  return {
    after: changed ? after : customer,
    changed,
    ...(customer.tier !== tier || overrideLapsed ? { tierChange: { from: customer.tier, to: tier, rule: computed.rule, overrideLapsed } } : {}),
  };
}
