import { PutCommand } from '@aws-sdk/lib-dynamodb';
import ExcelJS from 'exceljs';
import type { Principal } from '../../functions/core/principal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CustomerRepository, customerItem } from '../../functions/core/repositories/customer.repository';
import { keys } from '../../functions/core/keys';
import { shanghaiDate, shanghaiMonth } from '../../shared/shanghai-time';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();
const office = { id: 'office.liu', name: '刘芳', role: 'office' as const };
const northHead = { id: 'north.head', name: '郑刚', role: 'unit-head' as const, unitId: 'north' as const };
const ids: Record<string, string> = {};
const today = shanghaiDate(new Date());

async function create(key: string, name: string, as: Principal = callers.eastStaff) {
  const res = await api.call('POST', '/customers', { as, body: { name, creditCode: newCreditCode(), kind: 'main-business', creditRating: 'A' } });
  expect(res.status).toBe(201);
  ids[key] = res.body.id;
}

/** Rewrites a customer as if verified (or created) long ago: what the freshness report reads. */
async function backdate(key: string, fields: { createdAt?: string; lastVerifiedAt?: string | null }) {
  const c = (await new CustomerRepository(client, tableName).get(ids[key]!))!;
  const next = { ...c, ...(fields.createdAt ? { createdAt: fields.createdAt } : {}) } as typeof c;
  if (fields.lastVerifiedAt === null) delete next.lastVerifiedAt;
  else if (fields.lastVerifiedAt) next.lastVerifiedAt = fields.lastVerifiedAt;
  await client.send(new PutCommand({ TableName: tableName, Item: customerItem(next) }));
}

async function tierChange(key: string, at: string, fromTier: string, toTier: string, reason?: string) {
  await client.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...keys.tierHistory(ids[key]!, at, 'test'),
        type: 'tier-history',
        customerId: ids[key], at, source: 'override', fromTier, toTier, computedTier: fromTier, rule: 'general', annualAmountFen: 0, creditRating: 'A', by: 'sales.head',
        ...(reason ? { reason } : {}),
      },
    }),
  );
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
  await create('a', '无锡报表测试甲有限公司');
  await create('b', '无锡报表测试乙有限公司');
  await create('c', '天津报表测试丙有限公司', callers.northStaff);
  await backdate('a', { createdAt: '2020-01-01T00:00:00.000Z', lastVerifiedAt: '2023-05-01T00:00:00.000Z' });
  await backdate('b', { createdAt: '2021-02-01T00:00:00.000Z', lastVerifiedAt: null });
  const at = new Date(Date.now() - 2 * 86_400_000).toISOString();
  await tierChange('a', at, 'reserve', 'key', '战略客户');
  await tierChange('c', at, 'reserve', 'general');
});
afterAll(() => api?.close());

describe('GET /reports/archive-freshness', () => {
  it('gives the stale share by unit and owner, the stale ones oldest first and the never-verified apart', async () => {
    const res = await api.call('GET', '/reports/archive-freshness', { as: office });
    expect(res.status).toBe(200);
    // a: verified 2023-05 → stale; b: never verified, created 2021 → stale, listed apart; c: new → current.
    expect(res.body.total).toEqual({ total: 3, stale: 2, share: 2 / 3, neverVerified: 2 });
    expect(res.body.byUnit).toEqual([
      { unitId: 'east', total: 2, stale: 2, share: 1 },
      { unitId: 'north', total: 1, stale: 0, share: 0 },
    ]);
    expect(res.body.stale.map((s: { customerName: string }) => s.customerName)).toEqual(['无锡报表测试甲有限公司']);
    expect(res.body.neverVerified.map((s: { customerName: string; stale: boolean }) => [s.customerName, s.stale])).toEqual([
      ['无锡报表测试乙有限公司', true],
      ['天津报表测试丙有限公司', false],
    ]);
    expect(res.body.names['east.staff']).toBe('周婷');
  });

  it('keeps a unit head to their unit and refuses another', async () => {
    const own = await api.call('GET', '/reports/archive-freshness', { as: northHead });
    expect(own.body.units).toEqual(['north']);
    expect(own.body.total.total).toBe(1);
    expect((await api.call('GET', '/reports/archive-freshness?unitId=east', { as: northHead })).status).toBe(403);
  });

  it('exports the same figures as an .xlsx', async () => {
    // Through a presigned link, like every export (issue 14): `download` follows it as the SPA does.
    const res = await api.download('GET', '/reports/archive-freshness?format=xlsx', { as: office });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
    const byUnit = wb.getWorksheet('按单位 By unit')!;
    expect(byUnit.getRow(2).values).toEqual([undefined, '华东事业部 East China Division', 2, 2, '100%']);
    expect(wb.getWorksheet('从未核实 Never verified')!.rowCount).toBe(3);
  });
});

describe('GET /reports/tiers', () => {
  it('counts the tiers at both ends of the period and lists each move with old → new and why', async () => {
    const res = await api.call('GET', `/reports/tiers?from=${shanghaiDate(new Date(Date.now() - 10 * 86_400_000))}&to=${today}`, { as: callers.salesHead });
    expect(res.status).toBe(200);
    expect(res.body.byUnit).toEqual([
      { unitId: 'east', up: 1, down: 0 },
      { unitId: 'north', up: 1, down: 0 },
      { unitId: 'south', up: 0, down: 0 },
    ]);
    const east = (tier: string) => res.body.rows.find((r: { unitId: string; tier: string }) => r.unitId === 'east' && r.tier === tier);
    // a was reserve at the start and key at the end; b has no change and stays in its current tier.
    expect(east('key')).toMatchObject({ atStart: 0, atEnd: 1, movedIn: 1 });
    expect(east('reserve')).toMatchObject({ atStart: 2, atEnd: 1, movedOut: 1 });
    expect(res.body.moves).toEqual(
      expect.arrayContaining([expect.objectContaining({ customerName: '无锡报表测试甲有限公司', from: 'reserve', to: 'key', direction: 'up', reason: '战略客户' })]),
    );
  });

  it('refuses an end before the start with 400, and the report to unit staff with 403', async () => {
    const bad = await api.call('GET', '/reports/tiers?from=2026-12-01&to=2026-11-01', { as: office });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('to');
    expect((await api.call('GET', '/reports/tiers', { as: callers.eastStaff })).status).toBe(403);
  });
});

describe('GET /reports/service-quality', () => {
  it('gives each department its requests, transfers per request, complaints and satisfaction by month', async () => {
    const receive = (kind: string) =>
      api.call('POST', '/service-requests', {
        as: callers.eastStaff,
        body: { customerId: ids.a, kind, channel: 'phone', contact: { name: '王建国' }, statement: '设备安装后无法正常运行。' },
      });
    const complaint = (await receive('complaint')).body;
    const inquiry = (await receive('inquiry')).body;
    const transfer = await api.call('POST', `/service-requests/${complaint.id}/actions`, {
      as: callers.eastStaff,
      body: { action: 'transfer', reason: '需销售部处理', handlingPlan: '销售部联系客户', expectedDate: '2099-01-01', to: { department: 'sales' } },
    });
    expect(transfer.status).toBe(200);
    const resolved = await api.call('POST', `/service-requests/${inquiry.id}/actions`, { as: callers.eastStaff, body: { action: 'resolve', resolution: '已当场答复', satisfaction: 4 } });
    expect(resolved.status).toBe(200);

    const res = await api.call('GET', '/reports/service-quality', { as: office });
    expect(res.status).toBe(200);
    const month = shanghaiMonth(new Date());
    const sales = res.body.rows.find((r: { department: string; month: string }) => r.department === 'sales' && r.month === month);
    expect(sales).toMatchObject({ requests: 1, complaints: 1, transfers: 1, transfersPerRequest: 1, closed: 0, promised: 1, pastPromised: 0, pastPromisedShare: 0 });
    const east = res.body.rows.find((r: { department: string; month: string }) => r.department === 'unit:east' && r.month === month);
    expect(east).toMatchObject({ requests: 1, complaints: 0, closed: 1, satisfaction: 4, transfers: 0 });

    const unitHead = await api.call('GET', '/reports/service-quality', { as: callers.eastHead });
    expect(unitHead.body.department).toBe('unit:east');
    expect(unitHead.body.rows.every((r: { department: string }) => r.department === 'unit:east')).toBe(true);
    const xlsx = await api.download('GET', '/reports/service-quality?format=xlsx', { as: office });
    expect(xlsx.status).toBe(200);
  });
});
