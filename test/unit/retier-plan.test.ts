import { describe, expect, it } from 'vitest';
import { planRetier } from '../../shared/retier-plan';
import type { Customer } from '../../shared/schemas/customer.schema';
import { defaultTierSettings } from '../../shared/schemas/tier-settings.schema';

const now = new Date('2026-11-27T18:00:00Z'); // 02:00 on 28 November in Shanghai
const customer: Customer = {
  id: 'c1', name: '上海浦江精密机械有限公司', creditCode: '91330100716105852F', kind: 'main-business', tier: 'general',
  annualAmountFen: 5_000_000, creditRating: 'AA', unitId: 'east', ownerId: 'east.staff', contacts: [], notes: '',
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', createdBy: 'x', updatedBy: 'x', version: 3,
  computedTier: 'general', tierRule: 'general',
};

describe('planning a re-tier', () => {
  it('sums only the months of the period and moves the tier', () => {
    const plan = planRetier(customer, [
      { month: '2025-11', amountFen: 90_000_000 }, // outside the trailing 12 months
      { month: '2025-12', amountFen: 30_000_000 },
      { month: '2026-11', amountFen: 25_000_000 },
    ], defaultTierSettings, now);
    expect(plan.after).toMatchObject({ annualAmountFen: 55_000_000, tier: 'vip', computedTier: 'vip', tierRule: 'vip' });
    expect(plan.tierChange).toEqual({ from: 'general', to: 'vip', rule: 'vip', overrideLapsed: false });
  });

  it('changes nothing when nothing moved', () => {
    const plan = planRetier(customer, [{ month: '2026-06', amountFen: 5_000_000 }], defaultTierSettings, now);
    expect(plan).toEqual({ after: customer, changed: false });
  });

  it('records a new amount without a tier change', () => {
    const plan = planRetier(customer, [{ month: '2026-06', amountFen: 6_000_000 }], defaultTierSettings, now);
    expect(plan.changed).toBe(true);
    expect(plan.tierChange).toBeUndefined();
  });

  it('keeps an active override and lets an expired one lapse', () => {
    const held = { ...customer, tier: 'vip' as const, tierOverride: { tier: 'vip' as const, reason: 'x', expiresOn: '2026-11-28', setBy: 's', setAt: '2026-11-01T00:00:00.000Z' } };
    expect(planRetier(held, [{ month: '2026-06', amountFen: 5_000_000 }], defaultTierSettings, now).changed).toBe(false);
    const lapsed = { ...held, tierOverride: { ...held.tierOverride, expiresOn: '2026-11-27' } };
    const plan = planRetier(lapsed, [{ month: '2026-06', amountFen: 5_000_000 }], defaultTierSettings, now);
    expect(plan.after.tier).toBe('general');
    expect(plan.after.tierOverride).toBeUndefined();
    expect(plan.tierChange).toEqual({ from: 'vip', to: 'general', rule: 'general', overrideLapsed: true });
  });

  it('never shows a negative annual amount', () => {
    const plan = planRetier(customer, [{ month: '2026-06', amountFen: -100 }], defaultTierSettings, now);
    expect(plan.after).toMatchObject({ annualAmountFen: 0, tier: 'reserve' });
  });
});
