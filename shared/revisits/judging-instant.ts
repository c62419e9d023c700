import type { Period } from './periods';

/**
 * Which revisit setting judges a period (issue 5): **a period is judged by the setting in force at its
 * end — the last millisecond before `period.end` — or, for the period still running (and any later one),
 * by the setting in force now.** So a period that has closed keeps the rules it closed under, and an
 * administrator's change applies to the running period and those after it, never to the past.
 * Returns that instant (ISO, UTC), for the settings history to look up.
 */
export function judgingInstant(period: Pick<Period, 'end'>, now: Date): string {
  return new Date(Math.min(now.getTime(), Date.parse(period.end) - 1)).toISOString();
}
