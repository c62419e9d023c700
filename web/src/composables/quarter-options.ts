import { periodOf, previousPeriod } from '#shared/revisits/periods';

/** The quarter running at `now` and the `count − 1` before it, newest first ('2026-Q4', '2026-Q3', …). */
export function quarterOptions(now: Date, count = 8): string[] {
  let p = periodOf('quarter', now);
  const out = [p.id];
  while (out.length < count) {
    p = previousPeriod(p);
    out.push(p.id);
  }
  return out;
}
