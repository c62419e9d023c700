import { describe, expect, it } from 'vitest';
import { monthCalendar, type CalendarCustomer } from '../../shared/revisits/calendar';
import { judgingInstant } from '../../shared/revisits/judging-instant';
import { parsePeriodId, periodOf, type Period } from '../../shared/revisits/periods';
import { defaultRevisitRules, type RevisitRule } from '../../shared/revisits/rules';

const q3 = parsePeriodId('2026-Q3')!; // 2026-06-30T16:00:00Z … 2026-09-30T16:00:00Z in UTC

describe('the instant that judges a period', () => {
  it.each([
    ['long after it closed', '2027-02-01T00:00:00.000Z', '2026-09-30T15:59:59.999Z'],
    ['at the first instant of the next period (Shanghai midnight, October 1st)', '2026-09-30T16:00:00.000Z', '2026-09-30T15:59:59.999Z'],
    ['one millisecond after it closed', '2026-09-30T16:00:00.001Z', '2026-09-30T15:59:59.999Z'],
    ['in its last millisecond (23:59:59.999 in Shanghai, September 30th)', '2026-09-30T15:59:59.999Z', '2026-09-30T15:59:59.999Z'],
    ['one millisecond before its last', '2026-09-30T15:59:59.998Z', '2026-09-30T15:59:59.998Z'],
    ['at its first instant', '2026-06-30T16:00:00.000Z', '2026-06-30T16:00:00.000Z'],
    ['before it began (a period not yet started is judged by today’s setting)', '2026-05-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z'],
  ])('now %s → %s', (_, now, instant) => {
    expect(judgingInstant(q3, new Date(now))).toBe(instant);
  });

  it('gives a closed period the same instant whatever the day it is read, and the running one today', () => {
    const now = new Date('2026-11-27T03:00:00.000Z');
    const running = periodOf('quarter', now);
    const previous = parsePeriodId('2026-Q3')!;
    expect(judgingInstant(running, now)).toBe(now.toISOString());
    expect(judgingInstant(previous, now)).toBe(judgingInstant(previous, new Date('2030-01-01T00:00:00Z')));
  });
});

describe('a calendar judging each period by its own rules', () => {
  const key: CalendarCustomer = {
    id: 'c1', name: '甲公司', unitId: 'east', ownerId: 'east.staff', tier: 'key', createdAt: '2026-01-01T00:00:00.000Z', history: [],
    revisits: [{ id: 'r1', visitedAt: '2026-11-10T02:00:00.000Z', channel: 'on-site', visitors: [{ name: '孙强', rank: 'manager' }], satisfaction: 4 }],
  };
  const lead = { leadDays: { month: 5, quarter: 14, 'half-year': 30 }, planLeadDays: 3 };
  const twice: RevisitRule[] = defaultRevisitRules.map((r) => (r.id === 'key-quarterly-manager' ? { ...r, minCount: 2 } : r));

  it('gives each period ending in the month the rules chosen for it', () => {
    const asked: string[] = [];
    const rulesFor = (p: Period) => (asked.push(p.id), p.kind === 'quarter' ? twice : defaultRevisitRules);
    const entries = monthCalendar('2026-12', [key], rulesFor, new Date('2027-01-05T00:00:00Z'), lead);
    expect(asked.sort()).toEqual(['2026-12', '2026-H2', '2026-Q4']);
    expect(entries.find((e) => e.kind === 'due' && e.ruleId === 'key-quarterly-manager')).toMatchObject({ status: 'overdue', metBy: ['r1'] });
    const underOld = monthCalendar('2026-12', [key], defaultRevisitRules, new Date('2027-01-05T00:00:00Z'), lead);
    expect(underOld.find((e) => e.kind === 'due' && e.ruleId === 'key-quarterly-manager')).toMatchObject({ status: 'met', metBy: ['r1'] });
  });
});
