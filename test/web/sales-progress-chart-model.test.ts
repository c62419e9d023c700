import { describe, expect, it } from 'vitest';
import { targetProgress } from '../../shared/sales-targets/progress';
import { money, progressSeries, progressTextRows } from '../../web/src/views/sales-targets/progress-chart-model';

const progress = targetProgress(2026, { amountFen: 1_200_000 }, [{ month: '2026-02', salesFen: 150_000, collectedFen: 50_000 }], '2026-03', 1);

describe('the sales-target progress chart', () => {
  it('draws the running totals in yuan up to this month and the target line over the whole year', () => {
    const s = progressSeries(progress.months, 'zh-CN');
    expect(s.labels.slice(0, 3)).toEqual(['1月\n2026年', '2月', '3月']);
    expect(s.sales.slice(0, 4)).toEqual([0, 1_500, 1_500, null]);
    expect(s.collected.slice(0, 4)).toEqual([0, 500, 500, null]);
    expect(s.target[11]).toBe(12_000);
    expect(s.collectionTarget.every((v) => v === null)).toBe(true);
  });

  it('gives the chart a text alternative row per month', () => {
    const rows = progressTextRows(progress.months, (m) => `${money(m.salesToDateFen)} / ${money(m.targetToDateFen)}`, 'en');
    expect(rows[1]).toEqual({ label: 'Feb', value: '¥1,500.00 / ¥2,000.00' });
    expect(rows[11]).toEqual({ label: 'Dec', value: '— / ¥12,000.00' });
  });
});
