import { describe, expect, it } from 'vitest';
import { axisLabel, monthLabel, monthlyChartData, moneyLabel } from '../../web/src/views/tiers/monthly-chart-model';

const months = ['2025-11', '2025-12', '2026-01', '2026-02'].map((month, i) => ({ month, amountFen: [0, 1_234_56, 50_000_000, 1][i]! }));

describe('the monthly chart', () => {
  it('puts the year under the first bar and each January', () => {
    expect(monthlyChartData(months, 'zh-CN').labels).toEqual(['11月\n2025年', '12月', '1月\n2026年', '2月']);
    expect(monthlyChartData(months, 'en').labels).toEqual(['Nov\n2025', 'Dec', 'Jan\n2026', 'Feb']);
    expect(monthLabel('2026-10', 'zh-CN', false)).toBe('10月');
  });

  it('draws bars in yuan and keeps the exact fen for tooltips', () => {
    const data = monthlyChartData(months, 'zh-CN');
    expect(data.values).toEqual([0, 1234.56, 500_000, 0.01]);
    expect(data.fen).toEqual([0, 123_456, 50_000_000, 1]);
    expect(moneyLabel(123_456)).toBe('¥1,234.56');
  });

  it('scales the value axis to the reader\u2019s units', () => {
    expect(axisLabel(0, 'zh-CN')).toBe('0');
    expect(axisLabel(5000, 'zh-CN')).toBe('5000');
    expect(axisLabel(500_000, 'zh-CN')).toBe('50万');
    expect(axisLabel(1_250_000, 'zh-CN')).toBe('125万');
    expect(axisLabel(500, 'en')).toBe('500');
    expect(axisLabel(500_000, 'en')).toBe('500k');
    expect(axisLabel(2_500_000, 'en')).toBe('2.5M');
  });
});
