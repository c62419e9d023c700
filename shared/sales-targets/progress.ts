import type { ProgressMonth, TargetProgress } from '../schemas/sales-target.schema';

/** What was sold and collected in one month ('YYYY-MM', Asia/Shanghai), summed over the customers counted. */
export interface MonthFigures {
  month: string;
  salesFen: number;
  collectedFen: number;
}

/** The twelve months of a year, 'YYYY-01' … 'YYYY-12'. */
export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** Sums several customers' months into one list (months outside `year` are left out). */
export function sumMonths(year: number, lists: readonly (readonly MonthFigures[])[]): MonthFigures[] {
  const byMonth = new Map(monthsOfYear(year).map((m) => [m, { month: m, salesFen: 0, collectedFen: 0 }]));
  for (const list of lists) {
    for (const f of list) {
      const into = byMonth.get(f.month);
      if (!into) continue;
      into.salesFen += f.salesFen;
      into.collectedFen += f.collectedFen;
    }
  }
  return [...byMonth.values()];
}

/** The target spread evenly over the year, up to the end of month `m` (1–12): whole fen, the full target in December. */
export const targetToDate = (amountFen: number, m: number): number => Math.round((amountFen * m) / 12);

const percent = (part: number, whole: number | undefined): number | null => (whole ? Math.round((part / whole) * 1000) / 10 : null);

/**
 * A year's progress against its target (第五条〔一〕), month by month: each month's sales (R4's totals) and
 * collection (payments received), their running totals from January beside the target spread evenly over the
 * year. Months after `currentMonth` have no running totals yet (null), so a chart's line stops at today;
 * a past year is complete, a future year has none. The percentages are of the whole year's target.
 */
export function targetProgress(
  year: number,
  target: { amountFen: number; collectionFen?: number } | null,
  figures: readonly MonthFigures[],
  currentMonth: string,
  customers: number,
): TargetProgress {
  const summed = sumMonths(year, [figures]);
  let salesToDate = 0;
  let collectedToDate = 0;
  const months: ProgressMonth[] = summed.map((f, i) => {
    salesToDate += f.salesFen;
    collectedToDate += f.collectedFen;
    const elapsed = f.month <= currentMonth;
    return {
      month: f.month,
      salesFen: f.salesFen,
      collectedFen: f.collectedFen,
      salesToDateFen: elapsed ? salesToDate : null,
      collectedToDateFen: elapsed ? collectedToDate : null,
      targetToDateFen: target ? targetToDate(target.amountFen, i + 1) : null,
      collectionTargetToDateFen: target?.collectionFen ? targetToDate(target.collectionFen, i + 1) : null,
    };
  });
  return {
    months,
    salesFen: salesToDate,
    collectedFen: collectedToDate,
    salesPercent: percent(salesToDate, target?.amountFen),
    collectionPercent: percent(collectedToDate, target?.collectionFen),
    customers,
  };
}
