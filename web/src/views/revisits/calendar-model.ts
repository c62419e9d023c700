import type { CalendarEntry } from '#shared/revisits/calendar';

export interface DaySummary {
  /** Revisits falling due: the rules' obligations and approved temporary plans' revisits. */
  due: number;
  met: number;
  overdue: number;
  /** Of `due`, those a temporary plan owes. */
  plans: number;
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

/** An entry that falls due (an obligation or a plan's revisit), with its status; a revisit made is not one. */
const owedStatus = (e: CalendarEntry) => (e.kind === 'revisit' ? undefined : e.status === 'upcoming' ? 'open' : e.status);

export function summarize(entries: readonly CalendarEntry[]): DaySummary {
  const owed = entries.map(owedStatus).filter((s) => s !== undefined);
  return {
    due: owed.length,
    met: owed.filter((s) => s === 'met').length,
    overdue: owed.filter((s) => s === 'overdue').length,
    plans: entries.filter((e) => e.kind === 'plan').length,
    done: entries.filter((e) => e.kind === 'revisit').length,
  };
}

/** The worst state among a day's obligations and plan revisits, for the cell's colour: overdue, then due soon, open, met. */
export function dayState(entries: readonly CalendarEntry[]): 'overdue' | 'due-soon' | 'open' | 'met' | 'none' {
  const statuses = new Set(entries.map(owedStatus));
  for (const s of ['overdue', 'due-soon', 'open', 'met'] as const) if (statuses.has(s)) return s;
  return 'none';
}
