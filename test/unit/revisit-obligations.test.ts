import { describe, expect, it } from 'vitest';
import { obligationsFor, tierForPeriod, type RevisitFact } from '../../shared/revisits/obligations';
import { parsePeriodId, periodOf, previousPeriod } from '../../shared/revisits/periods';
import type { TierHistoryEntry } from '../../shared/schemas/tier-history.schema';

const lead = { leadDays: 14 };
let n = 0;
const revisit = (visitedAt: string, channel: RevisitFact['channel'], ...ranks: RevisitFact['visitors'][number]['rank'][]): RevisitFact => ({
  id: `r${++n}`,
  visitedAt,
  channel,
  visitors: ranks.map((rank) => ({ rank })),
});
const statusOf = (tier: 'vip' | 'key' | 'general' | 'reserve', kind: 'month' | 'quarter' | 'half-year', revisits: RevisitFact[], now: string) =>
  Object.fromEntries(obligationsFor({ tier }, kind, revisits, new Date(now), lead).map((o) => [o.rule.id, o.status]));

describe('revisit periods in Asia/Shanghai', () => {
  it.each([
    // the last second of Q1 in Shanghai, and the first of Q2
    ['quarter', '2026-03-31T15:59:59Z', '2026-Q1', '2025-12-31T16:00:00.000Z', '2026-03-31T16:00:00.000Z'],
    ['quarter', '2026-03-31T16:00:00Z', '2026-Q2', '2026-03-31T16:00:00.000Z', '2026-06-30T16:00:00.000Z'],
    ['quarter', '2025-12-31T15:59:59Z', '2025-Q4', '2025-09-30T16:00:00.000Z', '2025-12-31T16:00:00.000Z'],
    ['quarter', '2025-12-31T16:00:00Z', '2026-Q1', '2025-12-31T16:00:00.000Z', '2026-03-31T16:00:00.000Z'],
    ['half-year', '2026-06-30T15:59:59Z', '2026-H1', '2025-12-31T16:00:00.000Z', '2026-06-30T16:00:00.000Z'],
    ['half-year', '2026-06-30T16:00:00Z', '2026-H2', '2026-06-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    ['month', '2026-02-28T15:59:59Z', '2026-02', '2026-01-31T16:00:00.000Z', '2026-02-28T16:00:00.000Z'],
    ['month', '2026-02-28T16:00:00Z', '2026-03', '2026-02-28T16:00:00.000Z', '2026-03-31T16:00:00.000Z'],
    ['month', '2026-12-31T16:00:00Z', '2027-01', '2026-12-31T16:00:00.000Z', '2027-01-31T16:00:00.000Z'],
  ] as const)('%s at %s is %s [%s, %s)', (kind, at, id, start, end) => {
    expect(periodOf(kind, at)).toEqual({ kind, id, start, end });
    expect(parsePeriodId(id)).toEqual({ kind, id, start, end });
  });

  it('steps back one period across a year', () => {
    expect(previousPeriod(periodOf('quarter', '2026-01-05T00:00:00Z')).id).toBe('2025-Q4');
    expect(previousPeriod(periodOf('half-year', '2026-01-05T00:00:00Z')).id).toBe('2025-H2');
    expect(previousPeriod(periodOf('month', '2026-01-05T00:00:00Z')).id).toBe('2025-12');
  });

  it('refuses what is not a period id', () => {
    for (const bad of ['2026-Q5', '2026-H3', '2026-13', '2026', 'Q1-2026']) expect(parsePeriodId(bad)).toBeUndefined();
  });
});

describe('R6 obligations by tier', () => {
  it.each([
    // tier, period, revisits, now, expected statuses
    ['vip', 'quarter', [], '2026-02-01T00:00:00Z', { 'vip-quarterly-manager': 'open' }],
    ['vip', 'quarter', [revisit('2026-01-10T02:00:00Z', 'on-site', 'manager')], '2026-02-01T00:00:00Z', { 'vip-quarterly-manager': 'met' }],
    ['vip', 'quarter', [revisit('2026-01-10T02:00:00Z', 'on-site', 'vp')], '2026-02-01T00:00:00Z', { 'vip-quarterly-manager': 'met' }],
    // by phone, or by a salesperson, does not count for the on-site rule
    ['vip', 'quarter', [revisit('2026-01-10T02:00:00Z', 'phone', 'manager')], '2026-02-01T00:00:00Z', { 'vip-quarterly-manager': 'open' }],
    ['vip', 'quarter', [revisit('2026-01-10T02:00:00Z', 'on-site', 'salesperson')], '2026-02-01T00:00:00Z', { 'vip-quarterly-manager': 'open' }],
    ['vip', 'half-year', [revisit('2026-01-10T02:00:00Z', 'on-site', 'manager')], '2026-02-01T00:00:00Z', { 'vip-half-year-leader': 'open' }],
    ['vip', 'half-year', [revisit('2026-05-10T02:00:00Z', 'on-site', 'gm', 'manager')], '2026-06-01T00:00:00Z', { 'vip-half-year-leader': 'met' }],
    ['vip', 'half-year', [revisit('2026-05-10T02:00:00Z', 'on-site', 'chairman')], '2026-06-01T00:00:00Z', { 'vip-half-year-leader': 'met' }],
    ['key', 'quarter', [revisit('2026-03-01T02:00:00Z', 'on-site', 'manager')], '2026-03-20T00:00:00Z', { 'key-quarterly-manager': 'met' }],
    ['key', 'quarter', [], '2026-03-20T00:00:00Z', { 'key-quarterly-manager': 'due-soon' }],
    ['key', 'half-year', [], '2026-03-20T00:00:00Z', {}],
    ['general', 'half-year', [], '2026-03-20T00:00:00Z', { 'general-half-year-manager': 'open' }],
    ['general', 'month', [], '2026-03-10T00:00:00Z', { 'general-monthly-salesperson': 'open' }],
    ['general', 'month', [revisit('2026-03-02T02:00:00Z', 'phone', 'salesperson')], '2026-03-10T00:00:00Z', { 'general-monthly-salesperson': 'met' }],
    // a manager's on-site revisit earlier in the half-year waives the monthly salesperson revisit
    ['general', 'month', [revisit('2026-01-15T02:00:00Z', 'on-site', 'manager')], '2026-03-10T00:00:00Z', {}],
    // … but not one by phone, and not one of the previous half-year
    ['general', 'month', [revisit('2026-01-15T02:00:00Z', 'phone', 'manager')], '2026-03-10T00:00:00Z', { 'general-monthly-salesperson': 'open' }],
    ['general', 'month', [revisit('2025-12-15T02:00:00Z', 'on-site', 'manager')], '2026-03-10T00:00:00Z', { 'general-monthly-salesperson': 'open' }],
    ['reserve', 'quarter', [], '2026-03-10T00:00:00Z', {}],
    ['reserve', 'half-year', [], '2026-03-10T00:00:00Z', {}],
    ['reserve', 'month', [], '2026-03-10T00:00:00Z', {}],
  ] as const)('%s / %s: %j at %s → %j', (tier, kind, revisits, now, expected) => {
    expect(statusOf(tier, kind, [...revisits], now)).toEqual(expected);
  });

  describe('at the last second of a quarter in Asia/Shanghai', () => {
    const lastSecond = '2026-03-31T15:59:59Z';
    const nextQuarter = '2026-03-31T16:00:00Z';
    it.each([
      // revisit instant, now, period judged at, status
      [lastSecond, lastSecond, lastSecond, 'met'], // made in the last second: counts for Q1
      [nextQuarter, nextQuarter, lastSecond, 'overdue'], // a second later it belongs to Q2; Q1 is over and unmet
      [nextQuarter, nextQuarter, nextQuarter, 'met'], // … and meets Q2
      [lastSecond, nextQuarter, nextQuarter, 'open'], // the Q1 revisit does not carry into Q2
    ] as const)('revisit at %s, now %s, quarter of %s → %s', (visitedAt, now, at, status) => {
      const [o] = obligationsFor({ tier: 'key' }, 'quarter', [revisit(visitedAt, 'on-site', 'manager')], new Date(now), { ...lead, at });
      expect(o!.status).toBe(status);
    });

    it('is due soon before the end, open before the lead time, overdue from the first second after', () => {
      const at = (now: string) => obligationsFor({ tier: 'key' }, 'quarter', [], new Date(now), { ...lead, at: lastSecond })[0]!.status;
      expect(at('2026-03-17T15:59:59Z')).toBe('open'); // 14 days and 1 second before the end
      expect(at('2026-03-17T16:00:00Z')).toBe('due-soon'); // exactly 14 days before
      expect(at(lastSecond)).toBe('due-soon');
      expect(at(nextQuarter)).toBe('overdue');
    });

    it('does not count a revisit dated after now', () => {
      const [o] = obligationsFor({ tier: 'key' }, 'quarter', [revisit('2026-03-20T02:00:00Z', 'on-site', 'manager')], new Date('2026-03-10T00:00:00Z'), lead);
      expect(o!.status).toBe('open');
    });
  });
});

describe('a tier change mid-period: judged by the tier held for most of the period', () => {
  const entry = (at: string, fromTier: TierHistoryEntry['fromTier'], toTier: TierHistoryEntry['toTier']): TierHistoryEntry => ({
    customerId: 'c1', at, source: 'nightly', fromTier, toTier, computedTier: toTier, rule: toTier, annualAmountFen: 0, creditRating: 'A', by: 'system',
  });
  const q1 = periodOf('quarter', '2026-02-01T00:00:00Z'); // 90 days: 2025-12-31T16:00Z → 2026-03-31T16:00Z

  it.each([
    ['no change', 'vip', [], 'vip'],
    ['became VIP on day 30 (60 of 90 days VIP)', 'vip', [entry('2026-01-30T16:00:00Z', 'key', 'vip')], 'vip'],
    ['became VIP on day 60 (30 of 90 days VIP)', 'vip', [entry('2026-03-01T16:00:00Z', 'key', 'vip')], 'key'],
    ['dropped to general after 50 days', 'general', [entry('2026-02-19T16:00:00Z', 'key', 'general')], 'key'],
    ['dropped to general after 40 days', 'general', [entry('2026-02-09T16:00:00Z', 'key', 'general')], 'general'],
    ['changed before the quarter only', 'general', [entry('2025-11-01T00:00:00Z', 'vip', 'general')], 'general'],
    ['changed after the quarter: the tier then was the old one', 'vip', [entry('2026-05-01T00:00:00Z', 'key', 'vip')], 'key'],
    ['two changes: key 20 days, VIP 35, general 35 — a tie goes to the higher tier', 'general', [
      entry('2026-01-20T16:00:00Z', 'key', 'vip'),
      entry('2026-02-24T16:00:00Z', 'vip', 'general'),
    ], 'vip'],
    ['an exact half each way goes to the higher tier', 'key', [entry('2026-02-14T16:00:00Z', 'vip', 'key')], 'vip'],
  ] as const)('%s → %s', (_, tier, history, expected) => {
    expect(tierForPeriod({ tier, history: [...history] }, q1)).toBe(expected);
  });

  it('applies the majority tier to the obligations', () => {
    const history = [entry('2026-03-01T16:00:00Z', 'key', 'vip')];
    const os = obligationsFor({ tier: 'vip', history }, 'quarter', [], new Date('2026-03-05T00:00:00Z'), lead);
    expect(os.map((o) => [o.rule.id, o.tier])).toEqual([['key-quarterly-manager', 'key']]);
  });
});

describe('a customer created mid-period', () => {
  const q4 = periodOf('quarter', '2026-11-01T00:00:00Z');
  it('is judged by the tiers held since it was created', () => {
    const history = [{ at: '2026-11-27T10:00:05Z', fromTier: 'reserve', toTier: 'vip' } as const];
    expect(tierForPeriod({ tier: 'vip', history, since: '2026-11-27T10:00:00Z' }, q4)).toBe('vip');
    expect(tierForPeriod({ tier: 'vip', history }, q4)).toBe('reserve');
  });
});
