import { coverageShare } from '#shared/home/home-figures';
import type { HomeFigures } from '#shared/schemas/home.schema';
import type { Tier } from '#shared/schemas/customer.schema';
import type { RequestKind } from '#shared/schemas/service-request.schema';
import { tierOrder } from '#shared/tiers';

/** One chart of the 工作台 as plain data: what ECharts draws and what a screen reader hears instead. */
export interface ChartModel {
  labels: string[];
  series: { name: string; values: number[]; stack?: string }[];
  /** A line across the chart (the policy's 100%), in the values' unit. */
  target?: number;
  /** Values are percents (0–100). */
  percent?: boolean;
  kind: 'bar' | 'line' | 'pie';
}

export const percentOf = (share: number) => Math.round(share * 1000) / 10;

export function tierChart(f: HomeFigures, tierLabel: (t: Tier) => string): ChartModel {
  return { kind: 'bar', labels: tierOrder.map(tierLabel), series: [{ name: '', values: tierOrder.map((t) => f.tiers[t]) }] };
}

/** Moves into each tier in the last 30 days, up and down stacked. */
export function movesChart(f: HomeFigures, tierLabel: (t: Tier) => string, names: { up: string; down: string }): ChartModel {
  const into = (dir: 'up' | 'down') =>
    tierOrder.map((t) => f.moves.pairs.filter((p) => p.to === t && (tierOrder.indexOf(p.from) > tierOrder.indexOf(t)) === (dir === 'up')).reduce((n, p) => n + p.count, 0));
  return {
    kind: 'bar',
    labels: tierOrder.map(tierLabel),
    series: [
      { name: names.up, values: into('up'), stack: 'moves' },
      { name: names.down, values: into('down'), stack: 'moves' },
    ],
  };
}

export function coverageChart(f: HomeFigures, tierLabel: (t: Tier) => string): ChartModel {
  const c = f.revisitCoverage;
  return {
    kind: 'bar',
    percent: true,
    target: percentOf(c.target),
    labels: [tierLabel('vip'), tierLabel('key')],
    series: [{ name: '', values: [percentOf(coverageShare(c.vip)), percentOf(coverageShare(c.key))] }],
  };
}

export function serviceChart(f: HomeFigures, kinds: readonly RequestKind[], kindLabel: (k: RequestKind) => string): ChartModel {
  return { kind: 'bar', labels: kinds.map(kindLabel), series: [{ name: '', values: kinds.map((k) => f.service.byKind[k]) }] };
}

export function freshnessChart(f: HomeFigures, names: { stale: string; fresh: string }): ChartModel {
  return { kind: 'pie', labels: [names.stale, names.fresh], series: [{ name: '', values: [f.freshness.stale, f.freshness.total - f.freshness.stale] }] };
}

/** Amounts in yuan (the figures hold fen), months as 'MM' under their year's first. */
export function monthlyChart(f: HomeFigures): ChartModel {
  return { kind: 'line', labels: f.monthly.map((m) => m.month), series: [{ name: '', values: f.monthly.map((m) => Math.round(m.amountFen / 100)) }] };
}

/** '标签 值' pairs joined for the text alternative of a chart. */
export function listText(model: ChartModel, separator: string): string {
  const suffix = model.percent ? '%' : '';
  return model.labels
    .map((label, i) => `${label} ${model.series.map((s) => `${s.name ? `${s.name} ` : ''}${s.values[i]}${suffix}`).join(' / ')}`)
    .join(separator);
}
