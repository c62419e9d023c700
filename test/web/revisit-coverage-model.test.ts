import { describe, expect, it } from 'vitest';
import type { CoverageRow } from '../../web/src/api/revisits.api';
import { importantUnitBars, percent, percentText, tierBars, verdict } from '../../web/src/views/revisits/coverage-model';

const row = (unitId: 'east' | 'north', tier: CoverageRow['tier'], obligations: number, met: number): CoverageRow => ({
  unitId, tier, ruleId: `${tier}-rule`, label: { 'zh-CN': tier, en: tier }, obligations, met, share: obligations ? met / obligations : 1,
});

describe('coverage figures as shown', () => {
  it('shows shares as percents to one decimal', () => {
    expect([percent(2 / 3), percent(1), percent(0), percentText(0.125)]).toEqual([66.7, 100, 0, '12.5%']);
  });

  it('judges a share against its target; no target, no verdict', () => {
    expect(verdict(1, 1)).toBe('at-target');
    expect(verdict(0.99, 1)).toBe('below-target');
    expect(verdict(0.4, undefined)).toBe('none');
  });

  it('has one bar per tier, in the order given, with the target as a percent', () => {
    const bars = tierBars(
      [
        { tier: 'vip', obligations: 4, met: 3, share: 0.75, target: 1 },
        { tier: 'general', obligations: 10, met: 2, share: 0.2 },
      ],
      (t) => t.toUpperCase(),
    );
    expect(bars).toEqual([
      { label: 'VIP', value: 75, met: 3, obligations: 4, target: 100 },
      { label: 'GENERAL', value: 20, met: 2, obligations: 10 },
    ]);
  });

  it('measures each unit’s VIP and key obligations together against 100%, leaving general ones out', () => {
    const bars = importantUnitBars([row('east', 'vip', 2, 2), row('east', 'key', 2, 0), row('east', 'general', 9, 9), row('north', 'general', 3, 1)], (u) => u);
    expect(bars).toEqual([{ label: 'east', value: 50, met: 2, obligations: 4, target: 100 }]);
  });
});
