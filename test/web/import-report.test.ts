import { describe, expect, it } from 'vitest';
import type { ImportJobView, ShownRowReport } from '../../web/src/api/imports.api';
import { issueLines, isRunning, landed, outcomeCounts, progressPercent } from '../../web/src/views/imports/import-report';

const both = (zh: string, en: string) => ({ 'zh-CN': zh, en });

describe('following an import job', () => {
  it('polls while the job is being split, checked or committed', () => {
    expect(['splitting', 'validating', 'committing'].every((s) => isRunning(s as never))).toBe(true);
    expect(['validated', 'committed', 'failed'].some((s) => isRunning(s as never))).toBe(false);
  });

  it('shows progress in whole percent of rows, full once a phase is done', () => {
    const job = (status: ImportJobView['status'], rowsDone: number, rowsTotal: number) =>
      ({ status, progress: { phase: 'validate', rowsDone, rowsTotal } }) as Pick<ImportJobView, 'status' | 'progress'>;

    expect(progressPercent(job('splitting', 0, 0))).toBe(0);
    expect(progressPercent(job('validating', 500, 10_000))).toBe(5);
    expect(progressPercent(job('committing', 9_999, 10_000))).toBe(99);
    expect(progressPercent(job('validated', 0, 0))).toBe(100);
  });
});

describe('the dry-run report as a table', () => {
  const rows: ShownRowReport[] = [
    {
      row: 3,
      issues: [
        { column: 'creditCode', columnLabel: both('统一社会信用代码', 'Unified social credit code'), severity: 'error', code: 'creditCode.invalid', message: both('代码无效', 'Invalid code') },
        { column: 'contactPhone', columnLabel: both('联系电话', 'Contact phone'), severity: 'warning', code: 'phone.invalid', message: both('电话无效', 'Invalid phone') },
      ],
    },
    { row: 4, issues: [], duplicateOf: { customerId: 'seed-001', name: '上海浦江精密机械有限公司' } },
  ];

  it('gives a line per issue with its row and column in the reader\'s language, and a line for a bare duplicate', () => {
    expect(issueLines(rows, 'zh-CN')).toEqual([
      { key: '3-0', row: 3, column: '统一社会信用代码', severity: 'error', message: '代码无效' },
      { key: '3-1', row: 3, column: '联系电话', severity: 'warning', message: '电话无效' },
      { key: '4-dup', row: 4, column: '', severity: 'duplicate', message: '', duplicateOf: { customerId: 'seed-001', name: '上海浦江精密机械有限公司' } },
    ]);
    expect(issueLines(rows, 'en')[0]).toMatchObject({ column: 'Unified social credit code', message: 'Invalid code' });
  });

  it('names no customer for an order event counted before: it repeats an event, not a customer', () => {
    const order: ShownRowReport = {
      row: 6,
      issues: [{ column: 'orderId', columnLabel: both('订单号', 'Order ID'), severity: 'warning', code: 'import.orderDuplicateInFile', message: both('与第 2 行重复', 'Repeats row 2') }],
      duplicateOf: { eventKey: 'SO-1#order.paid' },
    };
    expect(issueLines([order], 'zh-CN')).toEqual([{ key: '6-0', row: 6, column: '订单号', severity: 'warning', message: '与第 2 行重复' }]);
    expect(issueLines([{ row: 7, issues: [], duplicateOf: { customerId: 'seed-001' } }], 'zh-CN')[0]!.duplicateOf).toEqual({ customerId: 'seed-001', name: 'seed-001' });
  });
});

describe('the commit report', () => {
  it('counts only the outcomes that happened, in a fixed order', () => {
    expect(outcomeCounts({ invalid: 2, created: 5, skipped: 0, updated: 1 })).toEqual([
      { outcome: 'created', count: 5 },
      { outcome: 'updated', count: 1 },
      { outcome: 'invalid', count: 2 },
    ]);
    expect(outcomeCounts(undefined)).toEqual([]);
  });

  it('links rows that landed on a customer: a created or updated customer, an order counted for one', () => {
    expect(landed({ row: 2, outcome: 'created', customerId: 'c1' })).toBe(true);
    expect(landed({ row: 5, outcome: 'applied', customerId: 'seed-009' })).toBe(true);
    expect(landed({ row: 6, outcome: 'unmatched' })).toBe(false);
    expect(landed({ row: 7, outcome: 'duplicate', customerId: 'seed-009' })).toBe(false);
    expect(landed({ row: 3, outcome: 'invalid' })).toBe(false);
    expect(landed({ row: 4, outcome: 'skipped', customerId: 'seed-001' })).toBe(false);
  });
});
