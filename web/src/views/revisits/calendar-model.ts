import type { CalendarEntry } from '#shared/revisits/calendar';

export interface DaySummary {
  due: number;
  met: number;
  overdue: number;
  /** Revisits made that day. */
  done: number;
}

/** The month ('YYYY-MM') a calendar date shows, in the browser's own reckoning (the picker's). */
export function monthOfDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** The first day of a 'YYYY-MM' month as a local date, for the calendar's v-model. */
export function dateOfMonth(month: string): Date {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(y, m - 1, 1);
}

/** A calendar's entries by day ('YYYY-MM-DD'), each day in the order the server gave them. */
export function byDay(entries: readonly CalendarEntry[]): Map<string, CalendarEntry[]> {
  const out = new Map<string, CalendarEntry[]>();
  for (const e of entries) out.set(e.date, [...(out.get(e.date) ?? []), e]);
  return out;
}

export function summarize(entries: readonly CalendarEntry[]): DaySummary {
  const due = entries.filter((e) => e.kind === 'due');
  return {
    due: due.length,
    met: due.filter((e) => e.kind === 'due' && e.status === 'met').length,
    overdue: due.filter((e) => e.kind === 'due' && e.status === 'overdue').length,
    done: entries.filter((e) => e.kind === 'revisit').length,
  };
}

/** The worst state among a day's obligations, for the cell's colour: overdue, then due soon, open, met. */
export function dayState(entries: readonly CalendarEntry[]): 'overdue' | 'due-soon' | 'open' | 'met' | 'none' {
  const statuses = new Set(entries.flatMap((e) => (e.kind === 'due' ? [e.status] : [])));
  for (const s of ['overdue', 'due-soon', 'open', 'met'] as const) if (statuses.has(s)) return s;
  return 'none';
}
