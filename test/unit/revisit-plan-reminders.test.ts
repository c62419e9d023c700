import { describe, expect, it } from 'vitest';
import { monthCalendar, type CalendarCustomer } from '../../shared/revisits/calendar';
import { parsePeriodId } from '../../shared/revisits/periods';
import { planCoverageRows, planEndsIn } from '../../shared/revisits/plan-coverage';
import { planItemsToRemind, planObligationKey, planReminderRange } from '../../shared/revisits/plan-reminders';
import { planRevisits, type PlanRevisitItem, type PlanRevisitStatus } from '../../shared/revisits/plans';
import { defaultRevisitRules } from '../../shared/revisits/rules';
import type { TemporaryPlan } from '../../shared/schemas/revisit-plan.schema';
import { approvedPlan } from '../support/temporary-plan';

const plan = approvedPlan;

const item = (status: PlanRevisitStatus): PlanRevisitItem => ({
  planId: 'tp-1',
  purpose: 'x',
  unitId: 'east',
  customer: { id: 'c1', name: '甲公司', tier: 'vip', ownerId: 'east.staff' },
  // the window closes at 2026-12-01 00:00 in Shanghai
  window: { start: '2026-11-01T16:00:00.000Z', end: '2026-11-30T16:00:00.000Z' },
  status,
  metBy: [],
});

describe('which plan revisits the daily reminders act on', () => {
  it('keys a plan revisit apart from every frequency rule', () => {
    expect(planObligationKey('tp-1')).toBe('plan#tp-1');
  });

  it.each([
    ['2026-12-15', 14, { from: '2026-12-01', to: '2026-12-15' }],
    ['2026-03-01', 1, { from: '2026-02-28', to: '2026-03-01' }],
    ['2027-01-05', 10, { from: '2026-12-26', to: '2027-01-05' }],
  ])('on %s with a %i-day escalation window reads plans touching %j', (today, days, range) => {
    expect(planReminderRange(today, days)).toEqual(range);
  });

  it.each([
    ['due-soon', '2026-11-28T01:00:00Z', 14, true],
    ['open', '2026-11-10T01:00:00Z', 14, false],
    ['upcoming', '2026-10-20T01:00:00Z', 14, false],
    ['met', '2026-11-28T01:00:00Z', 14, false],
    ['overdue', '2026-12-01T01:00:00Z', 14, true],
    // 13 days 23 hours after the window closed: still escalated; 14 days after: no longer
    ['overdue', '2026-12-14T15:00:00Z', 14, true],
    ['overdue', '2026-12-14T16:00:00Z', 14, false],
    ['overdue', '2026-12-03T16:00:00Z', 3, false],
  ] as const)('a %s item at %s (escalation %i days) is reminded: %s', (status, now, days, reminded) => {
    expect(planItemsToRemind([item(status)], new Date(now), days)).toHaveLength(reminded ? 1 : 0);
  });
});

describe('plan coverage', () => {
  const q4 = parsePeriodId('2026-Q4')!;
  it.each([
    ['2026-11-30', '2026-Q4', true],
    ['2026-12-31', '2026-Q4', true], // the last day of the quarter, Shanghai
    ['2026-10-01', '2026-Q4', true],
    ['2026-09-30', '2026-Q4', false],
    ['2027-01-01', '2026-Q4', false],
  ])('a plan ending %s counts in %s: %s', (endDate, _, inside) => {
    expect(planEndsIn({ endDate }, q4)).toBe(inside);
  });

  it('counts each plan’s customers owed, met and overdue, in its own row', () => {
    const p = plan();
    const items = planRevisits(p, [{ id: 'r1', customerId: 'c1', visitedAt: '2026-11-05T02:00:00.000Z', channel: 'phone' }], new Date('2026-12-02T00:00:00Z'), 3);
    expect(planCoverageRows([p, plan({ id: 'tp-2', purpose: '空计划' })], items)).toEqual([
      { unitId: 'east', planId: 'tp-1', purpose: p.purpose, startDate: '2026-11-02', endDate: '2026-11-30', owed: 2, met: 1, overdue: 1, share: 0.5 },
      { unitId: 'east', planId: 'tp-2', purpose: '空计划', startDate: '2026-11-02', endDate: '2026-11-30', owed: 0, met: 0, overdue: 0, share: 1 },
    ]);
  });
});

describe('plan revisits on the calendar', () => {
  const timing = { leadDays: { month: 5, quarter: 14, 'half-year': 30 }, planLeadDays: 3 };
  const customer = (over: Partial<CalendarCustomer>): CalendarCustomer => ({
    id: 'c1', name: '甲公司（现名）', unitId: 'east', ownerId: 'east.head', tier: 'reserve', createdAt: '2026-01-01T00:00:00.000Z', history: [], revisits: [], ...over,
  });

  it('puts a plan revisit on the plan’s last day, for the customers shown, with the plan’s purpose and its status', () => {
    const phone = { id: 'r1', visitedAt: '2026-11-05T02:00:00.000Z', channel: 'phone' as const, visitors: [{ name: '周婷', rank: 'salesperson' as const }], satisfaction: 4 };
    const entries = monthCalendar('2026-11', [customer({ revisits: [phone] })], defaultRevisitRules, new Date('2026-11-28T01:00:00Z'), timing, [plan()]);
    expect(entries.filter((e) => e.kind === 'plan')).toEqual([
      {
        kind: 'plan', date: '2026-11-30', customerId: 'c1', customerName: '甲公司（现名）', unitId: 'east', ownerId: 'east.head', tier: 'reserve',
        planId: 'tp-1', purpose: plan().purpose, startDate: '2026-11-02', endDate: '2026-11-30', status: 'met', metBy: ['r1'],
      },
    ]);
  });

  it.each([
    ['2026-11-10T01:00:00Z', 'open'],
    ['2026-11-28T01:00:00Z', 'due-soon'],
    ['2026-12-01T01:00:00Z', 'overdue'],
  ])('at %s an unmet plan revisit is %s', (now, status) => {
    const entries = monthCalendar('2026-11', [customer({})], defaultRevisitRules, new Date(now), timing, [plan()]);
    expect(entries.filter((e) => e.kind === 'plan').map((e) => e.kind === 'plan' && e.status)).toEqual([status]);
  });

  it('shows nothing for a plan not approved, one ending in another month, or a customer the plan does not name', () => {
    const at = new Date('2026-11-28T01:00:00Z');
    const plans = (p: TemporaryPlan) => monthCalendar('2026-11', [customer({})], defaultRevisitRules, at, timing, [p]).filter((e) => e.kind === 'plan');
    expect(plans(plan({ status: 'pending', approvedAt: undefined, decisions: [] }))).toEqual([]);
    expect(plans(plan({ endDate: '2026-12-05' }))).toEqual([]);
    expect(plans(plan({ customers: [{ id: 'c9', name: '丙', tier: 'key', ownerId: 'x' }] }))).toEqual([]);
  });
});
