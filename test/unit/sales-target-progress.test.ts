import { describe, expect, it } from 'vitest';
import { canReadTarget } from '../../shared/sales-targets/target-access';
import { sumMonths, targetProgress, targetToDate } from '../../shared/sales-targets/progress';

/**
 * Hand-computed: a 2026 target of ¥1,200,000 (120,000,000 fen) and ¥1,000,000 collection; sales of ¥100,000
 * in January, ¥250,000 in March and −¥20,000 in April (a refund), ¥80,000 collected in February and ¥150,000
 * in April; today is in April.
 */
const figures = [
  { month: '2026-01', salesFen: 10_000_000, collectedFen: 0 },
  { month: '2026-02', salesFen: 0, collectedFen: 8_000_000 },
  { month: '2026-03', salesFen: 25_000_000, collectedFen: 0 },
  { month: '2026-04', salesFen: -2_000_000, collectedFen: 15_000_000 },
];

describe('sales target progress (第五条〔一〕)', () => {
  it('runs the months’ sales and collection from January against the target spread evenly over the year', () => {
    const p = targetProgress(2026, { amountFen: 120_000_000, collectionFen: 100_000_000 }, figures, '2026-04', 3);
    expect(p.months).toHaveLength(12);
    expect(p.months.slice(0, 4).map((m) => [m.month, m.salesToDateFen, m.targetToDateFen, m.collectedToDateFen, m.collectionTargetToDateFen])).toEqual([
      ['2026-01', 10_000_000, 10_000_000, 0, 8_333_333],
      ['2026-02', 10_000_000, 20_000_000, 8_000_000, 16_666_667],
      ['2026-03', 35_000_000, 30_000_000, 8_000_000, 25_000_000],
      ['2026-04', 33_000_000, 40_000_000, 23_000_000, 33_333_333],
    ]);
    // Months still to come: the target line goes on, the actual stops.
    expect(p.months[4]).toEqual({ month: '2026-05', salesFen: 0, collectedFen: 0, salesToDateFen: null, collectedToDateFen: null, targetToDateFen: 50_000_000, collectionTargetToDateFen: 41_666_667 });
    expect(p.months[11]!.targetToDateFen).toBe(120_000_000);
    expect(p.months[11]!.collectionTargetToDateFen).toBe(100_000_000);
    // 330,000 / 1,200,000 = 27.5 %; 230,000 / 1,000,000 = 23 %.
    expect(p).toMatchObject({ salesFen: 33_000_000, collectedFen: 23_000_000, salesPercent: 27.5, collectionPercent: 23, customers: 3 });
  });

  it('shows the actual without a target, and a whole past year', () => {
    const none = targetProgress(2026, null, figures, '2026-04', 3);
    expect(none).toMatchObject({ salesPercent: null, collectionPercent: null, salesFen: 33_000_000 });
    expect(none.months.every((m) => m.targetToDateFen === null && m.collectionTargetToDateFen === null)).toBe(true);
    const past = targetProgress(2026, { amountFen: 30_000_000 }, figures, '2027-02', 3);
    expect(past.months[11]!.salesToDateFen).toBe(33_000_000);
    expect(past).toMatchObject({ salesPercent: 110, collectionPercent: null });
    expect(past.months[0]!.collectionTargetToDateFen).toBeNull();
  });

  it('sums customers’ months, leaving out other years', () => {
    const summed = sumMonths(2026, [
      [{ month: '2025-12', salesFen: 999, collectedFen: 999 }, { month: '2026-03', salesFen: 100, collectedFen: 5 }],
      [{ month: '2026-03', salesFen: 50, collectedFen: 0 }, { month: '2026-12', salesFen: 7, collectedFen: 1 }],
    ]);
    expect(summed.filter((m) => m.salesFen || m.collectedFen)).toEqual([
      { month: '2026-03', salesFen: 150, collectedFen: 5 },
      { month: '2026-12', salesFen: 7, collectedFen: 1 },
    ]);
    expect(targetToDate(100, 1)).toBe(8);
  });
});

describe('who reads a sales target', () => {
  const east = { kind: 'unit' as const, subjectId: 'east', unitId: 'east' };
  const zhou = { kind: 'person' as const, subjectId: 'east.staff', unitId: 'east' };
  const wu = { kind: 'person' as const, subjectId: 'east.staff2', unitId: 'east' };
  it('lets those who set or oversee them, and Finance, read every one', () => {
    for (const role of ['admin', 'leadership', 'sales-head', 'finance'] as const) expect([east, zhou].every((s) => canReadTarget({ id: 'x', role }, s))).toBe(true);
  });
  it('lets a salesperson and unit staff read their own and their unit’s, a unit head also its people’s', () => {
    const staff = { id: 'east.staff', role: 'unit-staff' as const, unitId: 'east' };
    expect([east, zhou, wu].map((s) => canReadTarget(staff, s))).toEqual([true, true, false]);
    const head = { id: 'east.head', role: 'unit-head' as const, unitId: 'east' };
    expect([east, zhou, wu].map((s) => canReadTarget(head, s))).toEqual([true, true, true]);
    const northHead = { id: 'north.head', role: 'unit-head' as const, unitId: 'north' };
    expect([east, zhou].map((s) => canReadTarget(northHead, s))).toEqual([false, false]);
    const sales = { id: 'sales.zhang', role: 'sales' as const };
    expect([east, zhou, { kind: 'person' as const, subjectId: 'sales.zhang' }].map((s) => canReadTarget(sales, s))).toEqual([false, false, true]);
    expect(canReadTarget({ id: 'office.liu', role: 'office' }, east)).toBe(false);
  });
});
