import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderEvent } from '../../shared/schemas/order-event.schema';
import { shanghaiDate } from '../../shared/shanghai-time';
import type { Principal } from '../../functions/core/principal';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff } from '../support/table';
import { signed } from '../support/webhook';

/**
 * Sales targets (第五条〔一〕) against hand-computed months. Last year, so every month has passed whenever this runs:
 * - customer A (east.staff): paid ¥100,000 on 15 Jan and ¥50,000 on 10 Mar, ¥10,000 of the first refunded on 2 Apr;
 *   an order placed on 1 May, ¥30,000 received on 20 May and ¥50,000 on 1 Jul;
 * - customer B (east.staff2): paid ¥200,000 on 25 Mar, and ¥200,000 received on 28 Mar.
 * East's sales: Jan 10,000,000 fen, Mar 25,000,000, Apr −1,000,000 → 34,000,000 by December; collected: Mar
 * 20,000,000, May 3,000,000, Jul 5,000,000 → 28,000,000. East's target ¥1,200,000 / ¥600,000 collection: 10,000,000
 * and 5,000,000 fen a month. east.staff alone: 14,000,000 sold, 8,000,000 collected, target ¥240,000.
 */
const year = Number(shanghaiDate(new Date()).slice(0, 4)) - 1;
const on = (mmdd: string) => `${year}-${mmdd}T11:00:00+08:00`;
let api: Awaited<ReturnType<typeof startApi>>;
let n = 0;

async function deliver(event: OrderEvent) {
  const text = JSON.stringify(event);
  const res = await api.call('POST', '/webhooks/orders', { body: text, headers: signed(text) });
  expect(res.body, text).toMatchObject({ status: 'applied' });
}
const event = (type: OrderEvent['type'], customerId: string, orderId: string, amountFen: number, at: string, extra: Partial<OrderEvent['data']> = {}): OrderEvent => ({
  type,
  timestamp: at,
  data: { orderId, customer: { id: customerId }, amountFen, currency: 'CNY', occurredAt: at, ...extra },
});

async function customerOf(as: Principal, name: string): Promise<string> {
  const res = await api.call('POST', '/customers', { as, body: { name, creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AA' } });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function setTarget(path: string, body: unknown, as: Principal = callers.salesHead) {
  const current = await api.call('GET', `/sales-targets/${path}`, { as });
  return api.call('PUT', `/sales-targets/${path}`, { as, body, headers: { 'if-match': current.headers.get('etag')! } });
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
  const a = await customerOf(callers.eastStaff, '杭州目标测试甲有限公司');
  const b = await customerOf(callers.eastStaff2, '杭州目标测试乙有限公司');
  const paidA1 = event('order.paid', a, `T-A1-${++n}`, 10_000_000, on('01-15'));
  for (const e of [
    paidA1,
    event('order.paid', a, `T-A2-${n}`, 5_000_000, on('03-10')),
    event('order.refunded', a, paidA1.data.orderId, 1_000_000, on('04-02'), { refundId: `RF-${n}` }),
    event('order.placed', a, `T-A3-${n}`, 8_000_000, on('05-01'), { paymentDueDate: `${year}-05-31` }),
    event('payment.received', a, `T-A3-${n}`, 3_000_000, on('05-20'), { paymentId: `P1-${n}` }),
    event('payment.received', a, `T-A3-${n}`, 5_000_000, on('07-01'), { paymentId: `P2-${n}` }),
    event('order.paid', b, `T-B1-${n}`, 20_000_000, on('03-25')),
    event('payment.received', b, `T-B1-${n}`, 20_000_000, on('03-28'), { paymentId: `P3-${n}` }),
  ]) await deliver(e);
});
afterAll(() => api?.close());

const cumulative = (body: { progress: { months: { salesToDateFen: number; collectedToDateFen: number; targetToDateFen: number | null; collectionTargetToDateFen: number | null }[] } }) =>
  body.progress.months.map((m) => [m.salesToDateFen, m.collectedToDateFen, m.targetToDateFen, m.collectionTargetToDateFen]);

describe('sales targets and their progress (第五条〔一〕)', () => {
  it('the Sales head sets a unit’s target and the progress equals the hand-computed months', async () => {
    const set = await setTarget(`${year}/unit/east`, { amountFen: 120_000_000, collectionFen: 60_000_000, note: '年度任务' });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({ year, kind: 'unit', subjectId: 'east', subjectName: '华东事业部', unitId: 'east', amountFen: 120_000_000, collectionFen: 60_000_000, version: 1, updatedBy: { id: 'sales.head', name: '李静' } });

    const res = await api.call('GET', `/sales-targets/${year}/unit/east`, { as: callers.eastHead });
    expect(res.status).toBe(200);
    const t = (m: number) => m * 10_000_000;
    const c = (m: number) => m * 5_000_000;
    expect(cumulative(res.body)).toEqual([
      [10_000_000, 0, t(1), c(1)],
      [10_000_000, 0, t(2), c(2)],
      [35_000_000, 20_000_000, t(3), c(3)],
      [34_000_000, 20_000_000, t(4), c(4)],
      [34_000_000, 23_000_000, t(5), c(5)],
      [34_000_000, 23_000_000, t(6), c(6)],
      [34_000_000, 28_000_000, t(7), c(7)],
      ...[8, 9, 10, 11, 12].map((m) => [34_000_000, 28_000_000, t(m), c(m)]),
    ]);
    expect(res.body.progress.months[3]).toMatchObject({ month: `${year}-04`, salesFen: -1_000_000, collectedFen: 0 });
    expect(res.body.progress).toMatchObject({ salesFen: 34_000_000, collectedFen: 28_000_000, salesPercent: 28.3, collectionPercent: 46.7, customers: 2 });
    expect(res.body.history).toEqual([expect.objectContaining({ version: 1, after: { amountFen: 120_000_000, collectionFen: 60_000_000, note: '年度任务' } })]);
  });

  it('a salesperson’s target counts their own customers only', async () => {
    const set = await setTarget(`${year}/person/east.staff`, { amountFen: 24_000_000 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ subjectName: '周婷', unitId: 'east' });
    const res = await api.call('GET', `/sales-targets/${year}/person/east.staff`, { as: callers.eastStaff });
    expect(res.status).toBe(200);
    expect(res.body.progress).toMatchObject({ salesFen: 14_000_000, collectedFen: 8_000_000, salesPercent: 58.3, collectionPercent: null, customers: 1 });
    expect(res.body.progress.months[2]).toMatchObject({ salesToDateFen: 15_000_000, collectedToDateFen: 0, targetToDateFen: 6_000_000, collectionTargetToDateFen: null });
  });

  it('keeps every change with before and after, and refuses a write on a stale version', async () => {
    const first = await setTarget(`${year}/unit/north`, { amountFen: 50_000_000 });
    expect(first.status).toBe(200);
    const second = await setTarget(`${year}/unit/north`, { amountFen: 60_000_000, collectionFen: 30_000_000, note: '年中调整' }, callers.admin);
    expect(second.body.version).toBe(2);
    const stale = await api.call('PUT', `/sales-targets/${year}/unit/north`, { as: callers.salesHead, body: { amountFen: 1 }, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
    const res = await api.call('GET', `/sales-targets/${year}/unit/north`, { as: callers.salesHead });
    expect(res.body.target).toMatchObject({ amountFen: 60_000_000, version: 2 });
    expect(res.body.history.map((h: { version: number; by: { name: string }; before?: unknown; after: unknown }) => [h.version, h.by.name, h.before, h.after])).toEqual([
      [2, '王磊', { amountFen: 50_000_000, note: '' }, { amountFen: 60_000_000, collectionFen: 30_000_000, note: '年中调整' }],
      [1, '李静', undefined, { amountFen: 50_000_000, note: '' }],
    ]);
  });

  it('shows each reader only the targets theirs to see', async () => {
    await setTarget(`${year}/person/east.staff2`, { amountFen: 30_000_000 });
    const listed = async (as: Principal) => (await api.call('GET', `/sales-targets?year=${year}`, { as })).body.items.map((t: { kind: string; subjectId: string }) => `${t.kind}:${t.subjectId}`);
    expect(await listed(callers.finance)).toEqual(expect.arrayContaining(['unit:east', 'unit:north', 'person:east.staff', 'person:east.staff2']));
    expect((await listed(callers.finance)).indexOf('unit:north')).toBeLessThan((await listed(callers.finance)).indexOf('person:east.staff'));
    expect((await listed(callers.eastStaff)).sort()).toEqual(['person:east.staff', 'unit:east']);
    expect((await listed(callers.eastHead)).sort()).toEqual(['person:east.staff', 'person:east.staff2', 'unit:east']);
    expect(await listed(callers.northStaff)).toEqual(['unit:north']);
    expect((await api.call('GET', `/sales-targets/${year}/person/east.staff2`, { as: callers.eastStaff })).status).toBe(404);
    expect((await api.call('GET', `/sales-targets/${year}/unit/east`, { as: callers.northStaff })).status).toBe(404);
    expect((await api.call('GET', `/sales-targets/${year}/unit/east`, { as: callers.finance })).status).toBe(200);
  });

  describe('refuses', () => {
    it('a unit head setting a target, bad years, kinds and amounts, unknown subjects', async () => {
      expect((await setTarget(`${year}/unit/east`, { amountFen: 1_000 }, callers.eastHead)).status).toBe(403);
      for (const path of ['1999/unit/east', 'abcd/unit/east', `${year}/team/east`]) {
        const res = await api.call('GET', `/sales-targets/${path}`, { as: callers.salesHead });
        expect(res.status, path).toBe(400);
      }
      expect((await api.call('GET', '/sales-targets?year=20x6', { as: callers.salesHead })).status).toBe(400);
      const zero = await setTarget(`${year}/unit/east`, { amountFen: 0, collectionFen: 1.5 });
      expect(zero.status).toBe(400);
      expect(Object.keys(zero.body.error.fields).sort()).toEqual(['amountFen', 'collectionFen']);
      expect(zero.body.error.fields.amountFen).toMatch(/销售目标/);
      const readOnly = await setTarget(`${year}/unit/east`, { amountFen: 10, version: 9 });
      expect(readOnly.status).toBe(400);
      expect((await api.call('GET', `/sales-targets/${year}/person/nobody.here`, { as: callers.salesHead })).status).toBe(404);
      expect((await api.call('PUT', `/sales-targets/${year}/unit/nowhere`, { as: callers.salesHead, body: { amountFen: 10 }, headers: { 'if-match': '"0"' } })).status).toBe(404);
      expect((await api.call('PUT', `/sales-targets/${year}/unit/east`, { as: callers.salesHead, body: { amountFen: 10 } })).status).toBe(428);
    });
  });
});
