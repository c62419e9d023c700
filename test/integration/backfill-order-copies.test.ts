import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../shared/shanghai-time';
import { backfillOrderCopies } from '../../functions/jobs/backfill-order-copies/backfill-order-copies';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';
import { paidEvent, signed, trackedOrder } from '../support/webhook';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();
const day = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

async function deliver(event: unknown) {
  const text = JSON.stringify(event);
  expect((await api.call('POST', '/webhooks/orders', { body: text, headers: signed(text) })).body).toMatchObject({ status: 'applied' });
}

/** What a table written before issue 17 holds: the events and totals, but no copy in the customer's partition and no receivable. */
async function forgetCopies(customerId: string) {
  for (const prefix of ['TRADE#', 'RECEIVABLE#']) {
    const out = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)', ExpressionAttributeValues: { ':pk': `CUST#${customerId}`, ':p': prefix } }));
    for (const i of out.Items ?? []) await client.send(new DeleteCommand({ TableName: tableName, Key: { PK: i.PK, SK: i.SK } }));
  }
}

describe('backfill-order-copies: orders applied before each customer kept its own copy (issue 17)', () => {
  it('brings old customers’ past orders and what they owe back to their page, and a rerun changes nothing', async () => {
    const made = await api.call('POST', '/customers', { as: callers.eastStaff, body: { name: '嘉兴历史订单回填有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AA' } });
    const c = { id: made.body.id as string };
    const paid = paidEvent(c, 250_000, new Date(Date.now() - 200 * day).toISOString());
    const refund = { ...paidEvent(c, 50_000, new Date(Date.now() - 190 * day).toISOString(), 'order.refunded'), data: { ...paidEvent(c, 50_000, new Date(Date.now() - 190 * day).toISOString(), 'order.refunded').data, orderId: paid.data.orderId } };
    const owed = trackedOrder(c, `BF-${c.id}`, { amountFen: 90_000, dueDate: shanghaiDate(new Date(Date.now() - 10 * day)), daysAgo: 30, payments: [30_000] });
    for (const e of [paid, refund, ...owed]) await deliver(e);
    const page = async () => (await api.call('GET', `/customers/${c.id}/orders`, { as: callers.eastStaff })).body;
    const overdue = async () => (await api.call('GET', '/receivables/overdue', { as: callers.eastHead })).body.items.filter((r: { customerId: string }) => r.customerId === c.id);
    const expected = await page();
    expect(expected.items).toHaveLength(2);
    expect(expected).toMatchObject({ receivableFen: 60_000, overdueFen: 60_000 });

    await forgetCopies(c.id);
    expect(await page()).toEqual({ items: [], receivableFen: 0, overdueFen: 0 });
    expect(await overdue()).toEqual([]);

    const first = await backfillOrderCopies(client, tableName);
    expect(first.copied).toBe(2 + owed.length);
    expect(first.ordersRefreshed).toBe(2);
    expect(await page()).toEqual(expected);
    expect(await overdue()).toEqual([expect.objectContaining({ orderId: `BF-${c.id}`, overdueFen: 60_000 })]);
    // R4's totals were counted when the events arrived: the backfill leaves them alone.
    const totals = await api.call('GET', `/customers/${c.id}/monthly-totals`, { as: callers.eastStaff });
    expect(totals.body.months.reduce((sum: number, m: { amountFen: number }) => sum + m.amountFen, 0)).toBe(200_000);

    const again = await backfillOrderCopies(client, tableName);
    expect(again).toMatchObject({ copied: 0, ordersRefreshed: 0, alreadyThere: first.events });
    expect(await page()).toEqual(expected);
  });
});
