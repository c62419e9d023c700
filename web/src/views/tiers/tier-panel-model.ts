import type { CustomerView } from '#shared/customer-view';
import type { Customer } from '#shared/schemas/customer.schema';
import { shanghaiDate } from '#shared/shanghai-time';

/**
 * The detail as shown, with the tier fields of the customer an override write returned. The rest of
 * the write's answer is ignored: the detail keeps only what the reader was shown (R2), and another
 * reading would log another access for nothing.
 */
export function withTierFieldsOf<T extends CustomerView>(shown: T, stored: Customer): T {
  const { tierOverride: _replaced, ...rest } = shown;
  return {
    ...rest,
    tier: stored.tier,
    computedTier: stored.computedTier,
    tierRule: stored.tierRule,
    annualAmountFen: stored.annualAmountFen,
    version: stored.version,
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
    ...(stored.tierOverride ? { tierOverride: stored.tierOverride } : {}),
  } as T;
}

/**
 * - none: no override;
 * - active: it holds through its last day (Asia/Shanghai);
 * - lapsing: past its last day, still stored until the next re-tiering removes it.
 */
export type OverrideState = 'none' | 'active' | 'lapsing';

export function overrideState(c: Pick<CustomerView, 'tierOverride'>, now: Date): OverrideState {
  if (!c.tierOverride) return 'none';
  return shanghaiDate(now) <= c.tierOverride.expiresOn ? 'active' : 'lapsing';
}

/** The computed tier is worth showing beside the effective one only when they differ. */
export function computedDiffers(c: Pick<CustomerView, 'tier' | 'computedTier'>): boolean {
  return !!c.computedTier && c.computedTier !== c.tier;
}
