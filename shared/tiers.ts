import type { CreditRating, Tier } from './schemas/customer.schema';
import type { TierSettings } from './schemas/tier-settings.schema';
import { monthMinus, shanghaiDate, shanghaiMonth } from './shanghai-time';

/**
 * Why a customer has its tier, recorded with every change (R3):
 * - vip: annual amount ≥ the VIP threshold and good payment credit;
 * - key-by-credit: VIP amount, but credit not good enough for VIP;
 * - key: annual amount from the key threshold up to the VIP threshold;
 * - general: above zero and under the key threshold;
 * - reserve: no (net) business in the period — a customer whose refunds cancel its orders counts here,
 *   since the policy's "general" starts above zero.
 */
export type TierRule = 'vip' | 'key-by-credit' | 'key' | 'general' | 'reserve';

export function computeTier(
  input: { annualAmountFen: number; creditRating: CreditRating },
  settings: TierSettings,
): { tier: Tier; rule: TierRule } {
  const { annualAmountFen: amount, creditRating } = input;
  if (amount >= settings.vipThresholdFen) {
    return settings.goodCreditRatings.includes(creditRating) ? { tier: 'vip', rule: 'vip' } : { tier: 'key', rule: 'key-by-credit' };
  }
  if (amount >= settings.keyThresholdFen) return { tier: 'key', rule: 'key' };
  if (amount > 0) return { tier: 'general', rule: 'general' };
  return { tier: 'reserve', rule: 'reserve' };
}

export interface TierOverride {
  tier: Tier;
  reason: string;
  /** Last day the override holds, 'YYYY-MM-DD' in Asia/Shanghai. */
  expiresOn: string;
  setBy: string;
  setAt: string;
}

/** An override holds through its expiry day (Asia/Shanghai) and lapses the day after. */
export function overrideActive(override: TierOverride | undefined, now: Date): override is TierOverride {
  return !!override && shanghaiDate(now) <= override.expiresOn;
}

/** The months whose totals make up the annual amount at `now`: the trailing 12 (this month included) or this calendar year. */
export function periodMonths(period: TierSettings['period'], now: Date): { from: string; to: string } {
  const to = shanghaiMonth(now);
  return period === 'calendar-year' ? { from: `${to.slice(0, 4)}-01`, to } : { from: monthMinus(to, 11), to };
}

export const tierOrder: Tier[] = ['vip', 'key', 'general', 'reserve'];

/** True when the tier is below key (general or reserve): preferential policies no longer apply (R3). */
export function belowKey(tier: Tier): boolean {
  return tier === 'general' || tier === 'reserve';
}
