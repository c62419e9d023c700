import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate, shanghaiMonth } from '../../shared/shanghai-time';
import type { OrderEvent } from '../../shared/schemas/order-event.schema';
import type { Principal } from '../../functions/core/principal';
import { CustomerBatchRepository } from '../../functions/core/repositories/customer-batch.repository';
import { InboxRepository } from '../../functions/core/repositories/inbox.repository';
import { ReceivableRepository } from '../../functions/core/repositories/receivable.repository';
import { StaffRepository } from '../../functions/core/repositories/staff.repository';
import { UnitRepository } from '../../functions/core/repositories/unit.repository';
import { receivableReminderTiming } from '../../shared/orders/receivable-reminders';
import { remindOverdueReceivables } from '../../functions/orders/use-cases/remind-overdue';
import { TierRepository } from '../../functions/core/repositories/tier.repository';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';
import { paidEvent, signed, trackedOrder } from '../support/webhook';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();
const tiers = new TierRepository(client, tableName);
const receivables = new ReceivableRepository(client, tableName);
const day = 24 * 60 * 60 * 1000;
const dateIn = (days: number) => shanghaiDate(new Date(Date.now() + days * day));
const today = dateIn(0);

async function deliver(body: unknown, headers?: Record<string, string>) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return api.call('POST', '/webhooks/orders', { body: text, headers: headers ?? signed(text) });
}

async function newCustomer() {
  const res = await api.call('POST', '/customers', {
    as: callers.eastStaff,
    body: { name: '杭州钱塘新材料科技有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AA' },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string };
}

const ordersOf = async (customerId: string, as: Principal = callers.eastStaff) => api.call('GET', `/customers/${customerId}/orders`, { as });

/**
 * A customer's orders: A overdue (¥8,000 placed, ¥3,000 and ¥1,000 paid, due five days ago), B not yet due,
 * C cancelled though overdue, D a paid R4 order with a refund. Order ids carry `tag` (event keys are global).
 */
const base = Date.now();
function history(customerId: string, tag: string): OrderEvent[] {
  const c = { id: customerId };
  const paidAt = new Date(base - 40 * day).toISOString();
  const paid: OrderEvent = { ...paidEvent(c, 500_000, paidAt), timestamp: paidAt, data: { ...paidEvent(c, 500_000, paidAt).data, orderId: `D-${tag}` } };
  const refund: OrderEvent = { ...paid, type: 'order.refunded', data: { ...paid.data, amountFen: 100_000, refundId: `RF-${tag}` } };
  const cancelled = trackedOrder(c, `C-${tag}`, { amountFen: 900_000, dueDate: dateIn(-2), daysAgo: 20, shipped: false, now: base });
  return [
    ...trackedOrder(c, `A-${tag}`, { amountFen: 800_000, dueDate: dateIn(-5), daysAgo: 30, payments: [300_000, 100_000], now: base }),
    ...trackedOrder(c, `B-${tag}`, { amountFen: 250_000, dueDate: dateIn(25), daysAgo: 3, delivered: false, now: base }),
    ...cancelled,
    // Cancelled before it was ever counted as paid: amount 0, so R4's rule takes nothing off the total.
    { ...cancelled[0]!, type: 'order.cancelled', data: { ...cancelled[0]!.data, amountFen: 0, paymentDueDate: undefined, occurredAt: new Date(base - 19 * day).toISOString() } },
    paid,
    refund,
  ];
}

/** The answer with the tag and customer id taken out, so two customers' histories compare. */
const untagged = (body: unknown, tag: string) => JSON.parse(JSON.stringify(body).replaceAll(tag, 'TAG'));

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('orders followed to the money (R11)', () => {
  it('shows each order’s timeline and the receivable and overdue of open orders', async () => {
    const c = await newCustomer();
    for (const event of history(c.id, 'inorder1')) expect((await deliver(event)).body).toMatchObject({ status: 'applied', customerId: c.id });

    const res = await ordersOf(c.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ receivableFen: 400_000 + 250_000, overdueFen: 400_000 });
    const byId = Object.fromEntries(res.body.items.map((o: { orderId: string }) => [o.orderId, o]));
    expect(byId['A-inorder1']).toMatchObject({ status: 'delivered', amountFen: 800_000, receivedFen: 400_000, receivableFen: 400_000, overdueFen: 400_000, paymentDueDate: dateIn(-5) });
    expect(byId['A-inorder1'].timeline.map((e: { type: string }) => e.type)).toEqual(['order.placed', 'order.shipped', 'order.delivered', 'payment.received', 'payment.received']);
    expect(byId['A-inorder1'].timeline[1]).toMatchObject({ carrier: '顺丰速运', waybillNo: 'SF-A-inorder1', warehouse: '嘉兴一号仓' });
    expect(byId['B-inorder1']).toMatchObject({ status: 'shipped', receivableFen: 250_000, overdueFen: 0 });
    expect(byId['C-inorder1']).toMatchObject({ status: 'cancelled', receivableFen: 0 });
    expect(byId['D-inorder1']).toMatchObject({ status: 'completed', receivableFen: 0 });
  });

  it('gives the same timeline and receivable whatever the order of deliveries and however often each came', async () => {
    const reference = await newCustomer();
    for (const event of history(reference.id, 'TAGref')) await deliver(event);
    const expected = untagged((await ordersOf(reference.id)).body, 'TAGref');

    const c = await newCustomer();
    const events = history(c.id, 'TAGmix');
    const texts = events.map((e) => JSON.stringify(e));
    // Every event, a third of them again under a new webhook-id and a third re-sent with the same id.
    const deliveries = [
      ...texts.map((text) => ({ text, headers: signed(text) })),
      ...texts.filter((_, i) => i % 3 === 0).map((text) => ({ text, headers: signed(text) })),
    ];
    deliveries.push(...deliveries.filter((_, i) => i % 3 === 1));
    const statuses = await Promise.all(shuffled(deliveries, 7).map(async ({ text, headers }) => (await deliver(text, headers)).status));
    expect(statuses.every((s) => s === 200)).toBe(true);

    expect(untagged((await ordersOf(c.id)).body, 'TAGmix')).toEqual(expected);
    // R4 unchanged: only the paid order and its refund moved a total.
    const months = await tiers.monthTotals(c.id, shanghaiMonth(new Date(Date.now() - 60 * day)), shanghaiMonth(new Date()));
    expect(months.reduce((sum, m) => sum + m.amountFen, 0)).toBe(400_000);
  });

  it('lists an order as overdue until it is paid in full', async () => {
    const c = await newCustomer();
    const [placed, ...rest] = trackedOrder({ id: c.id }, `O-${c.id}`, { amountFen: 120_000, dueDate: dateIn(-1), daysAgo: 10, payments: [20_000] });
    for (const event of [...rest, placed!]) await deliver(event);
    const overdue = async () => (await receivables.overdue(today)).items.filter((r) => r.customerId === c.id);
    expect(await overdue()).toEqual([expect.objectContaining({ orderId: `O-${c.id}`, receivableFen: 100_000, paymentDueDate: dateIn(-1) })]);

    const rest2 = trackedOrder({ id: c.id }, `O-${c.id}`, { amountFen: 120_000, dueDate: dateIn(-1), daysAgo: 10, payments: [20_000, 100_000] });
    await deliver(rest2.at(-1)!);
    expect(await overdue()).toEqual([]);
    expect((await ordersOf(c.id)).body).toMatchObject({ receivableFen: 0, overdueFen: 0 });
  });

  it('keeps the customer’s scope: outside it the orders do not exist', async () => {
    const c = await newCustomer();
    expect((await ordersOf(c.id, callers.northStaff)).status).toBe(404);
    expect((await ordersOf(c.id, callers.finance)).status).toBe(200);
  });

  describe('refuses', () => {
    it('an order placed without a due date or with an impossible one, naming the field in Chinese and English', async () => {
      const c = await newCustomer();
      const [placed] = trackedOrder({ id: c.id }, `X-${c.id}`, { amountFen: 1_000, dueDate: '2026-02-30', daysAgo: 1 });
      const zh = await deliver(placed);
      expect(zh.status).toBe(400);
      expect(zh.body.error.fields['data.paymentDueDate']).toMatch(/付款到期日/);
      const { paymentDueDate: _, ...withoutDue } = placed!.data;
      const text = JSON.stringify({ ...placed, data: withoutDue });
      const en = await deliver(text, { ...signed(text), 'accept-language': 'en' });
      expect(en.status).toBe(400);
      expect(en.body.error.fields['data.paymentDueDate']).toBe('An order placed needs a paymentDueDate.');
      expect((await ordersOf(c.id)).body.items).toEqual([]);
    });

    it('a shipment without its waybill, a payment without its id or amount, and an unsigned delivery', async () => {
      const c = await newCustomer();
      const events = trackedOrder({ id: c.id }, `Y-${c.id}`, { amountFen: 1_000, dueDate: dateIn(10), daysAgo: 2, payments: [500] });
      const shipped = events.find((e) => e.type === 'order.shipped')!;
      const payment = events.find((e) => e.type === 'payment.received')!;
      expect((await deliver({ ...shipped, data: { ...shipped.data, waybillNo: undefined } })).body.error.fields).toHaveProperty(['data.waybillNo']);
      const badPayment = await deliver({ ...payment, data: { ...payment.data, paymentId: undefined, amountFen: undefined } });
      expect(Object.keys(badPayment.body.error.fields).sort()).toEqual(['data.amountFen', 'data.paymentId']);
      const text = JSON.stringify(events[0]);
      expect((await deliver(text, { 'content-type': 'application/json' })).status).toBe(401);
      expect((await ordersOf(c.id)).body.items).toEqual([]);
    });
  });

  describe('overdue 回款 by owner and unit, reminded and on the 工作台', () => {
    it('lists the scope’s overdue orders with sums per owner and unit, filtered as asked', async () => {
      const c = await newCustomer();
      for (const e of trackedOrder({ id: c.id }, `OV-${c.id}`, { amountFen: 300_000, dueDate: dateIn(-3), daysAgo: 12, payments: [50_000] })) await deliver(e);
      for (const e of trackedOrder({ id: c.id }, `NY-${c.id}`, { amountFen: 70_000, dueDate: dateIn(3), daysAgo: 2 })) await deliver(e);

      const head = await api.call('GET', '/receivables/overdue', { as: callers.eastHead });
      expect(head.status).toBe(200);
      const mine = head.body.items.filter((r: { customerId: string }) => r.customerId === c.id);
      expect(mine).toEqual([{ customerId: c.id, customerName: '杭州钱塘新材料科技有限公司', unitId: 'east', ownerId: 'east.staff', orderId: `OV-${c.id}`, paymentDueDate: dateIn(-3), daysOverdue: 3, overdueFen: 250_000 }]);
      const eastStaffRows = head.body.items.filter((r: { ownerId: string }) => r.ownerId === 'east.staff');
      expect(head.body.byOwner).toContainEqual({ key: 'east.staff', orders: eastStaffRows.length, overdueFen: eastStaffRows.reduce((sum: number, r: { overdueFen: number }) => sum + r.overdueFen, 0) });
      expect(head.body.items.every((r: { unitId: string }) => r.unitId === 'east')).toBe(true);

      expect((await api.call('GET', '/receivables/overdue', { as: callers.northStaff })).body.items.some((r: { customerId: string }) => r.customerId === c.id)).toBe(false);
      expect((await api.call('GET', '/receivables/overdue?ownerId=east.staff2', { as: callers.salesHead })).body.items.some((r: { customerId: string }) => r.customerId === c.id)).toBe(false);
      expect((await api.call('GET', '/receivables/overdue?unitId=east', { as: callers.finance })).body.items.some((r: { customerId: string }) => r.customerId === c.id)).toBe(true);
      expect((await api.call('GET', '/receivables/overdue?color=red', { as: callers.finance })).status).toBe(400);
    });

    it('exports the list to .xlsx under the same filters and scope, owners and units by name', async () => {
      const c = await newCustomer();
      for (const e of trackedOrder({ id: c.id }, `XL-${c.id}`, { amountFen: 123_456, dueDate: dateIn(-4), daysAgo: 15, payments: [23_456] })) await deliver(e);
      const rowsOf = async (path: string, as: Principal, lang?: string) => {
        const res = await api.download('GET', path, { as, ...(lang ? { headers: { 'accept-language': lang } } : {}) });
        expect(res.status).toBe(200);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(res.raw as unknown as ArrayBuffer);
        const sheet = workbook.worksheets[0]!;
        const rows = sheet.getSheetValues().slice(1).map((r) => (r as string[]).slice(1));
        return { header: rows[0]!, body: rows.slice(1), about: workbook.worksheets[1]! };
      };
      const list = (await api.call('GET', '/receivables/overdue?unitId=east', { as: callers.finance })).body;
      const east = await rowsOf('/receivables/overdue/export?unitId=east', callers.finance);
      expect(east.header).toEqual(['客户', '订单号', '付款到期日', '逾期天数', '逾期金额（元）', '负责人', '业务单位']);
      // The list's rows, in the list's order.
      expect(east.body.map((r) => r[1])).toEqual(list.items.map((r: { orderId: string }) => r.orderId));
      expect(east.body.find((r) => r[1] === `XL-${c.id}`)).toEqual(['杭州钱塘新材料科技有限公司', `XL-${c.id}`, dateIn(-4), '4', '1,000.00', '周婷', '华东事业部']);
      expect(east.about.getRow(4).getCell(2).text).toBe('unitId=east');

      const en = await rowsOf(`/receivables/overdue/export?ownerId=east.staff`, callers.eastHead, 'en');
      expect(en.header[0]).toBe('Customer');
      expect(en.body.some((r) => r[1] === `XL-${c.id}`)).toBe(true);
      // Another unit's caller gets their own scope only; a bad filter is a 400, not a file.
      expect((await rowsOf('/receivables/overdue/export', callers.northStaff)).body.some((r) => r[1] === `XL-${c.id}`)).toBe(false);
      expect((await api.call('GET', '/receivables/overdue/export?color=red', { as: callers.finance })).status).toBe(400);
    });

    const reminderDeps = () => ({
      receivables, batch: new CustomerBatchRepository(client, tableName), staff: new StaffRepository(client, tableName), units: new UnitRepository(client, tableName),
      now: () => new Date(), client, tableName, newId: () => crypto.randomUUID(),
    });

    it('reminds each owner once a day through the notice service, and counts it on their 工作台', async () => {
      const deps = reminderDeps();
      const c = await newCustomer();
      for (const e of trackedOrder({ id: c.id }, `RM-${c.id}`, { amountFen: 90_000, dueDate: dateIn(-10), daysAgo: 20 })) await deliver(e);
      const first = await remindOverdueReceivables(deps);
      expect(first.reminded).toBeGreaterThanOrEqual(1);
      const inbox = await new InboxRepository(client, tableName).list('east.staff', { limit: 50 });
      const notice = inbox.items.find((n: { kind: string }) => n.kind === 'receivable-overdue');
      expect(notice).toMatchObject({ link: '/receivables/overdue?ownerId=east.staff' });
      expect(notice!.body['zh-CN']).toMatch(/逾期/);
      const again = await remindOverdueReceivables(deps);
      expect(again).toMatchObject({ reminded: 0, alreadyReminded: first.reminded + first.alreadyReminded });

      const own = (await api.call('GET', '/receivables/overdue?ownerId=east.staff', { as: callers.eastStaff })).body.items.length;
      const home = await api.call('GET', '/home', { as: callers.eastStaff });
      expect(home.body.todos).toContainEqual({ kind: 'overdue-receivables', count: own, link: '/receivables/overdue?ownerId=east.staff' });
      expect(own).toBeGreaterThanOrEqual(1);
    });

    it('reminds the owner of money falling due within the week, and takes money overdue past the threshold to the unit’s heads and the Sales heads, once a day', async () => {
      expect(receivableReminderTiming).toEqual({ dueSoonDays: 7, escalateAfterDays: 30 });
      const unit = await api.call('GET', '/units', { as: callers.admin });
      const east = unit.body.items.find((u: { code: string }) => u.code === 'east');
      const headed = await api.call('PATCH', '/units/east', { as: callers.admin, body: { heads: ['east.head'] }, headers: { 'if-match': `"${east.version}"` } });
      expect(headed.status, JSON.stringify(headed.body)).toBe(200);
      const made = await api.call('POST', '/customers', { as: callers.eastStaff2, body: { name: '宁波甬江精密机械有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AA' } });
      expect(made.body.ownerId).toBe('east.staff2');
      const c = { id: made.body.id as string };
      // Due in 3 days (reminded) and in 9 days (not yet); 40 days overdue (escalated) and 30 days overdue (not: "longer than").
      for (const [id, due, amountFen] of [['DS3', dateIn(3), 60_000], ['DS9', dateIn(9), 70_000], ['LATE40', dateIn(-40), 500_000], ['LATE30', dateIn(-30), 80_000]] as const) {
        for (const e of trackedOrder(c, `${id}-${c.id}`, { amountFen, dueDate: due, daysAgo: 50, payments: id === 'LATE40' ? [100_000] : [] })) await deliver(e);
      }
      const deps = reminderDeps();
      const first = await remindOverdueReceivables(deps);
      expect(first.escalated.orders).toBe(1);
      expect(first.escalated).toMatchObject({ recipients: 2, reminded: 2, alreadyReminded: 0 });
      expect(first.dueSoon.reminded).toBeGreaterThanOrEqual(1);

      const inboxOf = async (who: string) => (await new InboxRepository(client, tableName).list(who, { limit: 50 })).items;
      const soon = (await inboxOf('east.staff2')).filter((n: { kind: string }) => n.kind === 'receivable-due-soon');
      expect(soon).toHaveLength(1);
      expect(soon[0]).toMatchObject({ link: `/customers/${c.id}` });
      expect(soon[0]!.title['zh-CN']).toBe('回款将到期：1 笔，合计 ¥600.00');
      expect(soon[0]!.body.en).toContain(`in 3 days: 宁波甬江精密机械有限公司, order DS3-${c.id}`);
      for (const head of ['east.head', 'sales.head']) {
        const up = (await inboxOf(head)).filter((n: { kind: string }) => n.kind === 'receivable-escalation');
        expect(up, head).toHaveLength(1);
        expect(up[0]!.title['zh-CN']).toBe('逾期超过 30 天的回款：1 笔，合计 ¥4,000.00');
        expect(up[0]!.link).toBe('/receivables/overdue?unitId=east');
      }
      // Not the north unit's people, nor the owner (whose own overdue notice already says it).
      expect((await inboxOf('north.head')).some((n: { kind: string }) => n.kind === 'receivable-escalation')).toBe(false);

      const again = await remindOverdueReceivables(deps);
      expect(again.escalated).toMatchObject({ reminded: 0, alreadyReminded: 2 });
      expect(again.dueSoon).toMatchObject({ reminded: 0, alreadyReminded: first.dueSoon.reminded + first.dueSoon.alreadyReminded });
      expect((await inboxOf('east.staff2')).filter((n: { kind: string }) => n.kind === 'receivable-due-soon')).toHaveLength(1);
    });
  });
});
