import { addMonthsToDate } from './archive-freshness';
import { shanghaiDate } from './shanghai-time';

const shiftDay = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The latest verification date (Asia/Shanghai, 'YYYY-MM-DD') that counts as stale at `now`, so a list can
 * filter on a stored date instead of evaluating the rule per record: a record is stale exactly when the
 * date its freshness counts from (last verification, else creation) is on or before this cutoff.
 * Derived from shared/archive-freshness.ts's rule, not restated: `isStale` holds when
 * `addMonthsToDate(verifiedOn, period) < today`, and adding months never moves a later date before an
 * earlier one, so the stale dates are exactly those up to one cutoff, found by stepping from
 * "today minus the period" (month-end clamping can put it a few days off).
 */
export function staleCutoff(now: Date, periodMonths: number): string {
  const today = shanghaiDate(now);
  const stale = (date: string) => addMonthsToDate(date, periodMonths) < today;
  let d = addMonthsToDate(today, -periodMonths);
  while (!stale(d)) d = shiftDay(d, -1);
  while (stale(shiftDay(d, 1))) d = shiftDay(d, 1);
  return d;
}
