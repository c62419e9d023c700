import { describe, expect, it } from 'vitest';
import { computeTier, overrideActive, periodMonths } from '../../shared/tiers';
import { defaultTierSettings as s } from '../../shared/schemas/tier-settings.schema';
import { yuanToFen } from '../../shared/money';

describe('tier rules (R3) at every boundary', () => {
  it.each([
    ['500000.00', 'AAA', 'vip', 'vip'],
    ['500000.00', 'AA', 'vip', 'vip'],
    ['499999.99', 'AAA', 'key', 'key'],
    ['500000.00', 'A', 'key', 'key-by-credit'],
    ['9000000.00', 'C', 'key', 'key-by-credit'],
    ['100000.00', 'C', 'key', 'key'],
    ['99999.99', 'AAA', 'general', 'general'],
    ['0.01', 'B', 'general', 'general'],
    ['0', 'AAA', 'reserve', 'reserve'],
  ] as const)('%s yuan with credit %s → %s (%s)', (yuan, creditRating, tier, rule) => {
    expect(computeTier({ annualAmountFen: yuanToFen(yuan), creditRating }, s)).toEqual({ tier, rule });
  });

  it('treats a net-negative period (refunds exceeding orders) as no business', () => {
    expect(computeTier({ annualAmountFen: -100, creditRating: 'AAA' }, s).tier).toBe('reserve');
  });

  it('follows changed settings', () => {
    const strict = { ...s, vipThresholdFen: yuanToFen('1000000'), goodCreditRatings: ['AAA' as const] };
    expect(computeTier({ annualAmountFen: yuanToFen('600000'), creditRating: 'AAA' }, strict).tier).toBe('key');
    expect(computeTier({ annualAmountFen: yuanToFen('1000000'), creditRating: 'AA' }, strict)).toEqual({ tier: 'key', rule: 'key-by-credit' });
  });
});

describe('overrides', () => {
  const o = { tier: 'vip' as const, reason: '战略客户', expiresOn: '2026-12-31', setBy: 'sales.head', setAt: '2026-11-01T00:00:00Z' };
  it('holds through its last day in Asia/Shanghai and lapses after', () => {
    expect(overrideActive(o, new Date('2026-12-31T15:59:59Z'))).toBe(true); // 23:59:59 in Shanghai
    expect(overrideActive(o, new Date('2026-12-31T16:00:00Z'))).toBe(false); // 00:00 on 1 January
    expect(overrideActive(undefined, new Date())).toBe(false);
  });
});

describe('the period behind the annual amount', () => {
  it('is the trailing 12 months including this one, in Asia/Shanghai', () => {
    expect(periodMonths('trailing-12-months', new Date('2026-11-27T18:00:00Z'))).toEqual({ from: '2025-12', to: '2026-11' });
    // 30 November 16:00 UTC is already 1 December in Shanghai.
    expect(periodMonths('trailing-12-months', new Date('2026-11-30T16:00:00Z'))).toEqual({ from: '2026-01', to: '2026-12' });
  });
  it('is the calendar year to date when set so', () => {
    expect(periodMonths('calendar-year', new Date('2026-11-27T00:00:00Z'))).toEqual({ from: '2026-01', to: '2026-11' });
    expect(periodMonths('calendar-year', new Date('2026-12-31T16:30:00Z'))).toEqual({ from: '2027-01', to: '2027-01' });
  });
});
