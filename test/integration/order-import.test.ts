import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderColumns } from '../../shared/imports/columns';
import { TierRepository } from '../../functions/core/repositories/tier.repository';
import { OrderRepository } from '../../functions/core/repositories/order.repository';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { startImport, waitForImport, workbookOf } from '../support/imports';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName, deps } = testTable();
const tiers = new TierRepository(client, tableName);
const orders = new OrderRepository(client, tableName);

type Cells = Partial<Record<(typeof orderColumns)[number]['key'], string | Date>>;
const rowOf = (cells: Cells) => orderColumns.map((c) => cells[c.key] ?? '');
const headers = orderColumns.map((c) => c['zh-CN']);

async function newCustomer(name: string) {
  const res = await api.call('POST', '/customers', {
    as: callers.eastStaff,
    body: { name, creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AAA' },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; creditCode: string };
}

async function months(customerId: string) {
  return Object.fromEntries((await tiers.monthTotals(customerId, '2020-01', '2030-12')).map((m) => [m.month, m.amountFen]));
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('importing historic orders through the webhook’s rules', () => {
  it('checks every row, applies the good ones once, keeps unknown customers for Sales, and re-tiers', async () => {
    const a = await newCustomer('嘉兴南湖机械有限公司');
    const b = await newCustomer('湖州太湖纺织有限公司');
    const unknownCode = newCreditCode();
    const file = await workbookOf(headers, [
      rowOf({ orderId: 'SO-H-1', type: '付款', customerId: a.id, amount: '150,000.50', occurredAt: '2026-10-01 10:30' }),
      rowOf({ orderId: 'SO-H-2', type: 'paid', creditCode: b.creditCode, amount: '¥20000', occurredAt: new Date(Date.UTC(2026, 8, 30, 23, 30)) }),
      rowOf({ orderId: 'SO-H-1', type: '退款', refundId: 'RF-1', customerId: a.id, amount: '50000.50', occurredAt: '2026-10-05' }),
      rowOf({ orderId: 'SO-H-3', type: '取消', customerId: a.id, amount: '12.345', occurredAt: '2026-10-06' }),
      rowOf({ orderId: 'SO-H-4', type: '付款', customerId: a.id, amount: '100', occurredAt: '2026-02-30' }),
      rowOf({ orderId: 'SO-H-5', type: '付款', creditCode: unknownCode, amount: '300', occurredAt: '2026-09-01T08:00:00+08:00' }),
      rowOf({ orderId: 'SO-H-1', type: '已付款', customerId: a.id, amount: '150000.50', occurredAt: '2026-10-01 10:30' }),
      rowOf({ orderId: 'SO-H-6', type: '退款', customerId: a.id, amount: '10', occurredAt: '2026-10-07' }),
    ]);

    const job = await startImport(api, callers.salesHead, 'orders', file, '历史订单.xlsx');
    const checked = await waitForImport(api, callers.salesHead, job.id, ['validated', 'failed']);
    expect(checked.job).toMatchObject({ status: 'validated', totalRows: 8 });
    expect(checked.job.validation).toEqual({ rows: 8, ok: 4, warnings: 1, duplicates: 1, errors: 3 });
    const issues = Object.fromEntries(checked.report.rows.map((r: { row: number; issues: { column: string; code: string }[] }) => [r.row, r.issues.map((i) => `${i.column}:${i.code}`)]));
    expect(issues).toEqual({
      5: ['amount:import.amount'],
      6: ['occurredAt:import.dateTime'],
      7: ['creditCode:import.orderUnknownCustomer'],
      8: ['orderId:import.orderDuplicateInFile'],
      9: ['refundId:orders.refundIdRequired'],
    });
    expect(await months(a.id)).toEqual({}); // the dry run wrote nothing

    await api.call('POST', `/imports/${job.id}/commit`, { as: callers.salesHead, body: {} });
    const done = await waitForImport(api, callers.salesHead, job.id, ['committed', 'failed']);
    expect(done.job.commit.outcomes).toEqual({ applied: 3, unmatched: 1, duplicate: 1, invalid: 3 });
    // Beijing time decides the month: 2026-09-30 23:30 (typed in Excel, no zone) is September.
    expect(await months(a.id)).toEqual({ '2026-10': 15_000_050 - 5_000_050 });
    expect(await months(b.id)).toEqual({ '2026-09': 2_000_000 });
    expect((await orders.listUnmatched({ limit: 100 })).items.map((e) => e.event.data.orderId)).toContain('SO-H-5');
    const retiered = await deps.customers.get(a.id);
    expect(retiered).toMatchObject({ annualAmountFen: 10_000_000, tier: 'key' });
    expect((await tiers.history(a.id))[0]).toMatchObject({ source: 'import', runId: job.id, toTier: 'key', by: 'sales.head' });

    // The same file again: every event is already counted; no total and no tier moves.
    const again = await startImport(api, callers.salesHead, 'orders', file, '历史订单.xlsx');
    const rechecked = await waitForImport(api, callers.salesHead, again.id, ['validated']);
    expect(rechecked.job.validation).toMatchObject({ duplicates: 5, ok: 0 });
    await api.call('POST', `/imports/${again.id}/commit`, { as: callers.salesHead, body: {} });
    const second = await waitForImport(api, callers.salesHead, again.id, ['committed']);
    expect(second.job.commit.outcomes).toEqual({ duplicate: 5, invalid: 3 });
    expect(await months(a.id)).toEqual({ '2026-10': 10_000_000 });
    expect(await months(b.id)).toEqual({ '2026-09': 2_000_000 });
    expect(await tiers.history(a.id)).toHaveLength(1);
    expect((await deps.customers.get(a.id))!.version).toBe(retiered!.version);
  });

  it('is for Sales heads and admins only', async () => {
    const file = await workbookOf(headers, [rowOf({ orderId: 'X', type: '付款', creditCode: newCreditCode(), amount: '1', occurredAt: '2026-01-01' })]);
    const asked = await api.call('POST', '/imports/uploads', { as: callers.sales, body: { fileName: 'o.xlsx', size: file.length } });
    await fetch(asked.body.upload.url, { method: 'PUT', headers: asked.body.upload.headers, body: new Uint8Array(file) });
    const refused = await api.call('POST', '/imports', { as: callers.sales, body: { kind: 'orders', objectKey: asked.body.objectKey } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('import_kind_forbidden');
  });
});
