import { describe, expect, it } from 'vitest';
import { monthCalendar, periodsEndingIn, revisitsFrom, type CalendarCustomer } from '../../shared/revisits/calendar';
import { parsePeriodId } from '../../shared/revisits/periods';
import { defaultRevisitRules } from '../../shared/revisits/rules';

const lead = { leadDays: { month: 5, quarter: 14, 'half-year': 30 }, planLeadDays: 3 };
const customer = (over: Partial<CalendarCustomer>): CalendarCustomer => ({
  id: 'c1',
  name: '甲公司',
  unitId: 'east',
  ownerId: 'east.staff',
  tier: 'key',
  createdAt: '2026-01-01T00:00:00.000Z',
  history: [],
  revisits: [],
  ...over,
});
const onSite = (id: string, visitedAt: string, rank: 'manager' | 'salesperson' = 'manager') => ({
  id,
  visitedAt,
  channel: 'on-site' as const,
  visitors: [{ name: '孙强', rank }],
  satisfaction: 4,
});

describe('the periods a month closes', () => {
  it.each([
    ['2026-11', ['2026-11']],
    ['2026-12', ['2026-12', '2026-Q4', '2026-H2']],
    ['2026-03', ['2026-03', '2026-Q1']],
    ['2026-06', ['2026-06', '2026-Q2', '2026-H1']],
  ])('%s closes %j', (month, ids) => {
    expect(periodsEndingIn(parsePeriodId(month)!).map((p) => p.id)).toEqual(ids);
  });

  it('reads revisits from the half-year’s start, where a monthly waiver looks', () => {
    expect(revisitsFrom(parsePeriodId('2026-11')!)).toBe('2026-06-30T16:00:00.000Z');
  });
});

describe('a month’s calendar', () => {
  it('puts each obligation on the last day of its period with its status, and each revisit on its Shanghai day', () => {
    // 2026-12-01 00:30 in Shanghai is still November 30th in UTC: it belongs to December.
    const c = customer({ revisits: [onSite('r1', '2026-11-30T16:30:00.000Z')] });
    const december = monthCalendar('2026-12', [c], defaultRevisitRules, new Date('2026-12-10T00:00:00Z'), lead);
    expect(december).toEqual([
      expect.objectContaining({ kind: 'revisit', date: '2026-12-01', revisitId: 'r1', customerId: 'c1' }),
      expect.objectContaining({ kind: 'due', date: '2026-12-31', ruleId: 'key-quarterly-manager', periodId: '2026-Q4', status: 'met', metBy: ['r1'] }),
    ]);
    expect(monthCalendar('2026-11', [c], defaultRevisitRules, new Date('2026-12-10T00:00:00Z'), lead)).toEqual([]);
  });

  it('shows an unmet obligation as due soon within the lead time and overdue once its period is over', () => {
    const c = customer({ tier: 'general' });
    const statusAt = (now: string) =>
      monthCalendar('2026-11', [c], defaultRevisitRules, new Date(now), lead).map((e) => (e.kind === 'due' ? `${e.ruleId}:${e.status}` : e.kind));
    expect(statusAt('2026-11-10T00:00:00Z')).toEqual(['general-monthly-salesperson:open']);
    expect(statusAt('2026-11-27T00:00:00Z')).toEqual(['general-monthly-salesperson:due-soon']);
    expect(statusAt('2026-12-02T00:00:00Z')).toEqual(['general-monthly-salesperson:overdue']);
  });

  it('drops the general customer’s monthly revisit once a manager was on site in the half-year', () => {
    const c = customer({ tier: 'general', revisits: [onSite('r1', '2026-08-12T02:00:00.000Z')] });
    const entries = monthCalendar('2026-11', [c], defaultRevisitRules, new Date('2026-11-20T00:00:00Z'), lead);
    expect(entries).toEqual([]);
  });

  it('owes nothing for a period that ended before the customer came into the archive', () => {
    const c = customer({ createdAt: '2027-01-05T00:00:00.000Z' });
    expect(monthCalendar('2026-12', [c], defaultRevisitRules, new Date('2027-01-10T00:00:00Z'), lead)).toEqual([]);
  });

  it('uses the rules it is given', () => {
    const monthlyCall = { ...defaultRevisitRules[2]!, id: 'key-monthly-call', period: 'month' as const, channels: ['phone' as const], ranks: ['salesperson' as const] };
    const entries = monthCalendar('2026-11', [customer({})], [monthlyCall], new Date('2026-11-10T00:00:00Z'), lead);
    expect(entries.map((e) => (e.kind === 'due' ? e.ruleId : e.kind))).toEqual(['key-monthly-call']);
  });

  it('refuses what is not a month', () => {
    expect(() => monthCalendar('2026-Q4', [], defaultRevisitRules, new Date(), lead)).toThrow('not a month');
  });
});
