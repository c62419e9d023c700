import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';
import { paidEvent, signed } from '../support/webhook';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();
const leader = { id: 'leader', name: '陈志远', role: 'leadership' as const };

async function deliver(event: unknown) {
  const text = JSON.stringify(event);
  return api.call('POST', '/webhooks/orders', { body: text, headers: signed(text) });
}

async function customerWithOrders(amountFen: number) {
  const c = await api.call('POST', '/customers', {
    as: callers.eastStaff,
    body: { name: '青岛海晟船舶设备有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AAA' },
  });
  const event = paidEvent({ id: c.body.id }, amountFen);
  await deliver(event);
  return { id: c.body.id as string, event };
}

const request = { kind: 'price-discount', discountPercent: 5, description: '年度保障价', assessment: '近两年回款及时，综合考评优秀。' };

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('preferential policies', () => {
  it('are refused for customers below key', async () => {
    const c = await customerWithOrders(1_000_000);
    const res = await api.call('POST', `/customers/${c.id}/preferential-policies`, { as: callers.sales, body: request });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('policy_tier_not_eligible');
  });

  it('need a rate for a price discount and a validity for an approval', async () => {
    const c = await customerWithOrders(60_000_000);
    const res = await api.call('POST', `/customers/${c.id}/preferential-policies`, { as: callers.sales, body: { ...request, discountPercent: undefined } });
    expect(res.body.error.fields).toHaveProperty('discountPercent');
    const created = await api.call('POST', `/customers/${c.id}/preferential-policies`, { as: callers.sales, body: request });
    const path = `/customers/${c.id}/preferential-policies/${created.body.id}/decision`;
    const bad = await api.call('POST', path, { as: leader, body: { decision: 'approved', meetingDate: '2026-11-20' } });
    expect(bad.body.error.fields).toHaveProperty('validTo');
  });

  it('go from request to the GM office meeting’s decision, once, telling the requester', async () => {
    const c = await customerWithOrders(60_000_000);
    const created = await api.call('POST', `/customers/${c.id}/preferential-policies`, { as: callers.sales, body: request });
    expect(created).toMatchObject({ status: 201, body: { status: 'pending', requestedBy: 'sales.zhang', customerName: '青岛海晟船舶设备有限公司' } });
    const pending = await api.call('GET', '/preferential-policies?status=pending', { as: leader });
    expect(pending.body.items.map((p: { id: string }) => p.id)).toContain(created.body.id);

    const path = `/customers/${c.id}/preferential-policies/${created.body.id}/decision`;
    const decision = { decision: 'approved', meetingDate: '2026-11-20', validFrom: '2026-12-01', validTo: '2027-11-30', note: '第12次总经理办公会' };
    const decided = await api.call('POST', path, { as: leader, body: decision });
    expect(decided.body).toMatchObject({ status: 'approved', validFrom: '2026-12-01', validTo: '2027-11-30', decision: { recordedBy: 'leader', meetingDate: '2026-11-20' } });
    expect((await api.call('POST', path, { as: leader, body: decision })).status).toBe(409);

    const inbox = await api.call('GET', '/inbox', { as: callers.sales });
    expect(inbox.body.items.some((n: { kind: string }) => n.kind === 'policy-decision')).toBe(true);
  });

  it('are flagged for review, and the owner told, when the customer falls below key', async () => {
    const c = await customerWithOrders(60_000_000);
    const created = await api.call('POST', `/customers/${c.id}/preferential-policies`, { as: callers.sales, body: request });
    await api.call('POST', `/customers/${c.id}/preferential-policies/${created.body.id}/decision`, {
      as: leader,
      body: { decision: 'approved', meetingDate: '2026-11-20', validFrom: '2026-12-01', validTo: '2099-11-30' },
    });
    // The whole order is refunded: the customer drops to reserve.
    await deliver({ ...paidEvent({ id: c.id }, 60_000_000, undefined, 'order.refunded'), data: { ...c.event.data, refundId: `RF-${randomUUID()}` }, type: 'order.refunded' });

    const policies = await api.call('GET', `/customers/${c.id}/preferential-policies`, { as: callers.eastStaff });
    expect(policies.body.items[0].reviewFlaggedAt).toBeTruthy();
    const notices = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'INBOX#east.staff' } }));
    const kinds = (notices.Items ?? []).map((n) => n.kind);
    expect(kinds).toContain('policy-review');
    expect(kinds).toContain('tier-changed');
  });
});
