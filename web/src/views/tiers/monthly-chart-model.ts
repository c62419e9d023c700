import type { Lang } from '#shared/messages';
import { formatFen, type Fen } from '#shared/money';

const monthNamesEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The bar's label for 'YYYY-MM': the month, with the year on a second line only where it begins (the
 * first bar and each January), so twelve bars fit a narrow panel: 12月 / 2025年, 1月 / 2026年, 2月…
 */
export function monthLabel(month: string, lang: Lang, withYear: boolean): string {
  const [y, m] = month.split('-') as [string, string];
  const n = Number(m);
  const name = lang === 'en' ? monthNamesEn[n - 1]! : `${n}月`;
  if (!withYear) return name;
  return lang === 'en' ? `${name}\n${y}` : `${name}\n${y}年`;
}

export interface MonthlyChartData {
  labels: string[];
  /** Yuan, for the bars' heights only; tooltips show the exact fen as money. */
  values: number[];
  fen: Fen[];
}

export function monthlyChartData(months: { month: string; amountFen: Fen }[], lang: Lang): MonthlyChartData {
  return {
    labels: months.map((m, i) => monthLabel(m.month, lang, i === 0 || m.month.endsWith('-01'))),
    values: months.map((m) => m.amountFen / 100),
    fen: months.map((m) => m.amountFen),
  };
}

/** The value axis in the reader's units: 50万 / 500k (yuan). */
export function axisLabel(yuan: number, lang: Lang): string {
  if (yuan === 0) return '0';
  const trim = (n: number) => String(Number(n.toFixed(2)));
  if (lang === 'zh-CN') return Math.abs(yuan) >= 10_000 ? `${trim(yuan / 10_000)}万` : trim(yuan);
  if (Math.abs(yuan) >= 1_000_000) return `${trim(yuan / 1_000_000)}M`;
  return Math.abs(yuan) >= 1_000 ? `${trim(yuan / 1_000)}k` : trim(yuan);
}

/** The exact amount for a tooltip: ¥1,234.56. */
export const moneyLabel = (fen: Fen): string => `¥${formatFen(fen)}`;
