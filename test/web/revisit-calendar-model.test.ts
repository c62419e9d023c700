import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from '../../shared/revisits/calendar';
import { byDay, dateOfMonth, dayState, monthOfDate, summarize } from '../../web/src/views/revisits/calendar-model';

const due = (date: string, status: 'met' | 'open' | 'due-soon' | 'overdue'): CalendarEntry => ({
  kind: 'due', date, customerId: 'c', customerName: '甲', unitId: 'east', ownerId: 'o', tier: 'key', ruleId: 'r', label: { 'zh-CN': 'x', en: 'x' }, periodId: '2026-Q4', status, metBy: [],
});
const planned = (date: string, status: 'met' | 'open' | 'due-soon' | 'overdue' | 'upcoming'): CalendarEntry => ({
  kind: 'plan', date, customerId: 'c', customerName: '甲', unitId: 'east', ownerId: 'o', tier: 'key', planId: 'tp', purpose: '包装破损回访', startDate: '2026-12-01', endDate: date, status, metBy: [],
});
const made = (date: string): CalendarEntry => ({
  kind: 'revisit', date, customerId: 'c', customerName: '甲', unitId: 'east', ownerId: 'o', revisitId: 'v', channel: 'phone', visitors: [], satisfaction: 4,
});

describe('the revisit calendar page', () => {
  it('goes between a month id and the calendar’s local dates', () => {
    expect(monthOfDate(new Date(2026, 10, 27))).toBe('2026-11');
    expect(dateOfMonth('2026-12')).toEqual(new Date(2026, 11, 1));
  });

  it('groups entries by day and counts what is due, met, overdue and made', () => {
    const entries = [made('2026-12-03'), due('2026-12-31', 'met'), due('2026-12-31', 'overdue'), due('2026-12-31', 'open')];
    const days = byDay(entries);
    expect([...days.keys()]).toEqual(['2026-12-03', '2026-12-31']);
    expect(summarize(entries)).toEqual({ due: 3, met: 1, overdue: 1, plans: 0, done: 1 });
  });

  it('counts a temporary plan’s revisits among those due, and apart as the plans’', () => {
    const entries = [due('2026-12-31', 'met'), planned('2026-12-31', 'overdue'), planned('2026-12-31', 'met'), made('2026-12-31')];
    expect(summarize(entries)).toEqual({ due: 3, met: 2, overdue: 1, plans: 2, done: 1 });
  });

  it('colours a day by its worst obligation', () => {
    expect(dayState([due('d', 'met'), due('d', 'overdue')])).toBe('overdue');
    expect(dayState([due('d', 'met'), due('d', 'due-soon')])).toBe('due-soon');
    expect(dayState([due('d', 'met')])).toBe('met');
    expect(dayState([made('d')])).toBe('none');
    expect(dayState([due('d', 'met'), planned('d', 'overdue')])).toBe('overdue');
    expect(dayState([planned('d', 'upcoming')])).toBe('open');
  });
});
