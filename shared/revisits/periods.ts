/**
 * Revisit periods (R6) in Asia/Shanghai: calendar months, quarters (Q1 = Jan–Mar) and half-years
 * (H1 = Jan–Jun). China keeps UTC+8 all year, so a period's bounds are exact instants: Q1 2026 runs
 * from 2025-12-31T16:00:00Z (inclusive) to 2026-03-31T16:00:00Z (exclusive).
 */
export const periodKinds = ['month', 'quarter', 'half-year'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export interface Period {
  kind: PeriodKind;
  /** '2026-03', '2026-Q1', '2026-H1'. */
  id: string;
  /** First instant, inclusive (ISO, UTC). */
  start: string;
  /** First instant of the next period, exclusive (ISO, UTC). */
  end: string;
}

const offsetMs = 8 * 60 * 60 * 1000;
const monthsOf: Record<PeriodKind, number> = { month: 1, quarter: 3, 'half-year': 6 };

/** Midnight Shanghai of the first day of month `m0` (0-based, may overflow) of `year`, as an instant. */
const shanghaiMonthStart = (year: number, m0: number) => new Date(Date.UTC(year, m0, 1) - offsetMs);

/** The period of this kind that holds the instant `at`. */
export function periodOf(kind: PeriodKind, at: Date | string): Period {
  const local = new Date(new Date(at).getTime() + offsetMs);
  const year = local.getUTCFullYear();
  const span = monthsOf[kind];
  const first = Math.floor(local.getUTCMonth() / span) * span;
  const id =
    kind === 'month'
      ? `${year}-${String(first + 1).padStart(2, '0')}`
      : kind === 'quarter'
        ? `${year}-Q${first / 3 + 1}`
        : `${year}-H${first / 6 + 1}`;
  return {
    kind,
    id,
    start: shanghaiMonthStart(year, first).toISOString(),
    end: shanghaiMonthStart(year, first + span).toISOString(),
  };
}

/** The period just before `period`, of the same kind. */
export function previousPeriod(period: Period): Period {
  return periodOf(period.kind, new Date(new Date(period.start).getTime() - 1));
}

/** Parses '2026-03', '2026-Q1' or '2026-H1' into its period; undefined when it is none of them. */
export function parsePeriodId(id: string): Period | undefined {
  const m = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12]))$/.exec(id);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) return periodOf('month', shanghaiMonthStart(year, Number(m[2]) - 1));
  if (m[3]) return periodOf('quarter', shanghaiMonthStart(year, (Number(m[3]) - 1) * 3));
  return periodOf('half-year', shanghaiMonthStart(year, (Number(m[4]) - 1) * 6));
}

export const contains = (period: Period, at: string | Date) => {
  const t = new Date(at).getTime();
  return t >= Date.parse(period.start) && t < Date.parse(period.end);
};
