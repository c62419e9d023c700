import { describe, expect, it } from 'vitest';
import type { OverdueRow } from '../../shared/orders/overdue';
import { daysUntilDue, dueSoonUntil, escalated, escalationRecipients } from '../../shared/orders/receivable-reminders';

const row = (orderId: string, unitId: string, daysOverdue: number): OverdueRow => ({
  customerId: `c-${orderId}`, customerName: '客户', unitId, ownerId: `${unitId}.staff`, orderId, paymentDueDate: '2026-11-01', daysOverdue, overdueFen: 1_000,
});

describe('when 回款 is reminded and escalated', () => {
  it('counts "due soon" up to the given days ahead, across a month and a year end', () => {
    expect(dueSoonUntil('2026-12-06', 7)).toBe('2026-12-13');
    expect(dueSoonUntil('2026-12-28', 7)).toBe('2027-01-04');
    expect(dueSoonUntil('2028-02-25', 7)).toBe('2028-03-03');
    expect(daysUntilDue('2026-12-06', '2026-12-06')).toBe(0);
    expect(daysUntilDue('2027-01-02', '2026-12-30')).toBe(3);
  });

  it('escalates only money overdue strictly longer than the threshold', () => {
    const rows = [row('A', 'east', 31), row('B', 'east', 30), row('C', 'north', 45)];
    expect(escalated(rows, 30).map((r) => r.orderId)).toEqual(['A', 'C']);
  });

  it('sends each Sales head all of it and each unit head their unit’s, each order once to a head of both', () => {
    const rows = [row('A', 'east', 40), row('C', 'north', 45), row('D', 'east', 35)];
    const heads: Record<string, string[]> = { east: ['east.head', 'li.both'], north: ['north.head'] };
    const out = escalationRecipients(rows, ['sales.head', 'li.both'], (u) => heads[u] ?? []);
    const ids = Object.fromEntries([...out].map(([who, list]) => [who, list.map((r) => r.orderId)]));
    expect(ids).toEqual({ 'sales.head': ['A', 'C', 'D'], 'li.both': ['A', 'C', 'D'], 'east.head': ['A', 'D'], 'north.head': ['C'] });
  });

  it('sends nothing when nothing is past the threshold or nobody heads it', () => {
    expect(escalationRecipients([], ['sales.head'], () => ['x']).size).toBe(0);
    expect(escalationRecipients([row('A', 'south', 99)], [], () => []).size).toBe(0);
  });
});
