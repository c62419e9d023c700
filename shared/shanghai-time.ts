/**
 * Dates as the company reads them: Asia/Shanghai, UTC+8 all year (China keeps no daylight saving),
 * so a fixed offset is exact and needs no time-zone database in the browser or the Lambda.
 */
const offsetMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

const shifted = (at: Date | string) => new Date(new Date(at).getTime() + offsetMs);

/** '2026-11' for an instant, in Asia/Shanghai. */
export function shanghaiMonth(at: Date | string): string {
  return shifted(at).toISOString().slice(0, 7);
}

/** '2026-11-27' for an instant, in Asia/Shanghai. */
export function shanghaiDate(at: Date | string): string {
  return shifted(at).toISOString().slice(0, 10);
}

/**
 * The instant a Shanghai calendar day ('2026-11-27') begins, as UTC ISO — what sort keys and time filters
 * compare with; `days` on, a later day's (1: the end of this day, exclusive).
 */
export function shanghaiMidnight(date: string, days = 0): string {
  return new Date(Date.parse(`${date}T00:00:00+08:00`) + days * dayMs).toISOString();
}

/** '2026-11-27 18:05:09' for an instant, in Asia/Shanghai: the time an export or log entry records. */
export function shanghaiDateTime(at: Date | string): string {
  return shifted(at).toISOString().slice(0, 19).replace('T', ' ');
}

/** '2026-11-27 10:30' for an instant, in Asia/Shanghai: how pickers, exports and notices write a time. */
export function shanghaiWallClock(at: Date | string): string {
  return shifted(at).toISOString().slice(0, 16).replace('T', ' ');
}

/** A Shanghai wall clock ('2026-11-27 10:30', or with a 'T') as the API takes it, with its offset; undefined when empty or malformed. */
export function shanghaiInstant(wallClock: string | null | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/.exec(wallClock?.trim() ?? '');
  return m ? `${m[1]}T${m[2]}:00+08:00` : undefined;
}

/** The months from `from` to `to` inclusive, as 'YYYY-MM'. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** The month `n` months before 'YYYY-MM'. */
export function monthMinus(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
