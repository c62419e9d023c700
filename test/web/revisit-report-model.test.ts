import { describe, expect, it } from 'vitest';
import { reportFigures } from '../../shared/revisits/evaluation-report';
import { parsePeriodId } from '../../shared/revisits/periods';
import { unplannedYear } from '../../shared/revisits/plans';
import { quarterOptions } from '../../web/src/composables/quarter-options';
import { channelRows, missingParts, percent, progressSeries, reportActions } from '../../web/src/views/revisit-reports/report-model';

const eastHead = { username: 'east.head', role: 'unit-head' as const, unitId: 'east' };
const salesHead = { username: 'sales.head', role: 'sales-head' as const };

describe('the evaluation report page', () => {
  it.each([
    [0.36, '36%'],
    [1, '100%'],
    [1.26, '126%'],
    [0, '0%'],
    [null, '—'],
  ])('shows the share %s as %s', (share, text) => {
    expect(percent(share)).toBe(text);
  });

  it('offers the running quarter first and the ones before it, across a year', () => {
    expect(quarterOptions(new Date('2026-01-10T00:00:00Z'), 3)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
    // 23:59 on 31 March in Shanghai is still Q1; a minute later it is Q2.
    expect(quarterOptions(new Date('2026-03-31T15:59:00Z'), 1)).toEqual(['2026-Q1']);
    expect(quarterOptions(new Date('2026-03-31T16:00:00Z'), 1)).toEqual(['2026-Q2']);
  });

  it.each([
    ['draft', { canEdit: true, canReview: false }, { canEdit: false, canReview: false }],
    ['returned', { canEdit: true, canReview: false }, { canEdit: false, canReview: false }],
    ['submitted', { canEdit: false, canReview: false }, { canEdit: false, canReview: true }],
    ['accepted', { canEdit: false, canReview: false }, { canEdit: false, canReview: false }],
  ] as const)('a %s report: the unit head may %o, the Sales head %o', (status, head, sales) => {
    expect(reportActions({ unitId: 'east', status }, eastHead)).toEqual(head);
    expect(reportActions({ unitId: 'east', status }, salesHead)).toEqual(sales);
    expect(reportActions({ unitId: 'north', status }, eastHead).canEdit).toBe(false);
    expect(reportActions({ unitId: 'east', status }, null)).toEqual({ canEdit: false, canReview: false });
  });

  it('names the written parts still empty', () => {
    expect(missingParts({ mainResults: '完成', problems: ' ', improvements: '' })).toEqual(['problems', 'improvements']);
  });

  it('turns the figures into chart series and channel rows with a total', () => {
    const figures = reportFigures({
      unitId: 'east', quarter: parsePeriodId('2026-Q4')!, asOf: new Date('2026-11-27T00:00:00Z'),
      plan: { ...unplannedYear('east', 2026), version: 1, targets: { vip: [0, 0, 0, 2], key: [0, 0, 0, 0], general: [0, 0, 0, 0], reserve: [0, 0, 0, 0] } },
      customers: [{ id: 'a', tier: 'vip' }],
      revisits: [{ id: 'r', customerId: 'a', customerName: '甲', unitId: 'east', tierAtVisit: 'vip', visitedAt: '2026-11-01T00:00:00Z', channel: 'on-site', satisfaction: 5, issues: [] }],
      temporaryPlans: [], planRevisits: [], leadDays: 3,
    });
    expect(progressSeries(figures, (t) => t.toUpperCase())).toEqual({ categories: ['VIP', 'KEY', 'GENERAL', 'RESERVE'], target: [2, 0, 0, 0], done: [1, 0, 0, 0] });
    const rows = channelRows(figures);
    expect(rows[0]).toEqual({ key: 'vip', counts: [0, 0, 0, 1], total: 1 });
    expect(rows.at(-1)).toEqual({ key: 'total', counts: [0, 0, 0, 1], total: 1 });
  });
});
