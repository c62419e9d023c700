import type { Lang } from '#shared/messages';
import { formatFen } from '#shared/money';
import type { ProgressMonth } from '#shared/schemas/sales-target.schema';
import { monthLabel } from '../tiers/monthly-chart-model';

/** The four lines of the progress chart, in yuan (null where a line has no point: months to come, no target). */
export interface ProgressSeries {
  labels: string[];
  sales: (number | null)[];
  target: (number | null)[];
  collected: (number | null)[];
  collectionTarget: (number | null)[];
}

const yuan = (fen: number | null) => (fen === null ? null : fen / 100);

export function progressSeries(months: readonly ProgressMonth[], lang: Lang): ProgressSeries {
  return {
    labels: months.map((m, i) => monthLabel(m.month, lang, i === 0)),
    sales: months.map((m) => yuan(m.salesToDateFen)),
    target: months.map((m) => yuan(m.targetToDateFen)),
    collected: months.map((m) => yuan(m.collectedToDateFen)),
    collectionTarget: months.map((m) => yuan(m.collectionTargetToDateFen)),
  };
}

/** The chart's text alternative: one row per month, its running figures against the target. */
export function progressTextRows(months: readonly ProgressMonth[], text: (m: ProgressMonth) => string, lang: Lang): { label: string; value: string }[] {
  return months.map((m) => ({ label: monthLabel(m.month, lang, false), value: text(m) }));
}

export const money = (fen: number | null): string => (fen === null ? '—' : `¥${formatFen(fen)}`);
