import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/schemas/customer.schema';
import type { Principal } from '../../functions/core/principal';
import { CustomerRepository } from '../../functions/core/repositories/customer.repository';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();
const customers = new CustomerRepository(client, tableName);
let customer: Customer;

async function seedCustomer(): Promise<Customer> {
  const at = '2026-01-01T00:00:00.000Z';
  const c: Customer = {
    id: `fu-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
    name: '回访转单测试有限公司',
    creditCode: newCreditCode(),
    kind: 'main-business',
    tier: 'key',
    annualAmountFen: 0,
    creditRating: 'AA',
    unitId: 'east',
    ownerId: 'east.staff',
    contacts: [],
    notes: '',
    createdAt: at,
    updatedAt: at,
    createdBy: 'seed',
    updatedBy: 'seed',
    version: 1,
  };
  await customers.create(c);
  return c;
}

async function revisitWithIssues(...issues: string[]) {
  const res = await api.call('POST', `/customers/${customer.id}/revisits`, {
    as: callers.eastStaff,
    body: {
      visitedAt: new Date(Date.now() - 3_600_000).toISOString(),
      channel: 'on-site',
      visitors: [{ name: '孙强', rank: 'manager' }],
      satisfaction: 3,
      issues: issues.map((text) => ({ text })),
    },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; issues: { id: string; text: string; status: string }[] };
}

const turn = (revisitId: string, itemId: string, as: Principal = callers.eastStaff, body: Record<string, unknown> = { kind: 'after-sales', contact: { name: '王经理', phone: '13812345678' } }) =>
  api.call('POST', `/customers/${customer.id}/revisits/${revisitId}/issues/${itemId}/service-request`, { as, body });

/** How many service requests this customer has: read straight from the table, whoever received them. */
async function requestsOfCustomer(): Promise<number> {
  const out = await client.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'GSI3',
      KeyConditionExpression: 'GSI3PK = :all',
      FilterExpression: 'customerId = :c',
      ExpressionAttributeValues: { ':all': 'SRALL', ':c': customer.id },
    }),
  );
  return out.Items?.length ?? 0;
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
  customer = await seedCustomer();
});
afterAll(() => api?.close());

describe('a revisit follow-up item becomes a service request', () => {
  it('in one step, linked both ways: the request names the revisit and item, the item names the request', async () => {
    const revisit = await revisitWithIssues('设备异响，希望尽快派人检修', '发票寄送慢');
    const [item, other] = revisit.issues;
    const res = await turn(revisit.id, item!.id, callers.eastStaff, { kind: 'after-sales', contact: { name: '王经理', phone: '13812345678' }, note: '客户希望本周内上门' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const request = res.body.serviceRequest;
    expect(res.headers.get('location')).toBe(`/service-requests/${request.id}`);
    expect(request).toMatchObject({
      customerId: customer.id,
      kind: 'after-sales',
      channel: 'revisit',
      statement: '设备异响，希望尽快派人检修\n\n客户希望本周内上门',
      firstOwnerId: 'east.staff',
      revisitId: revisit.id,
      revisitItemId: item!.id,
      status: 'received',
    });
    expect(res.body.revisit.issues[0]).toEqual({ ...item, status: 'turned-into-request', serviceRequestId: request.id });

    // What is stored, read back by both sides.
    const stored = await api.call('GET', `/service-requests/${request.id}`, { as: callers.eastStaff });
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({ revisitId: revisit.id, revisitItemId: item!.id });
    expect(stored.body.timeline[0]).toMatchObject({ action: 'receive', details: { channel: 'revisit', revisitId: revisit.id, revisitItemId: item!.id } });
    const listed = await api.call('GET', `/customers/${customer.id}/revisits`, { as: callers.finance });
    const again = listed.body.items.find((r: { id: string }) => r.id === revisit.id);
    expect(again.issues).toEqual([
      { id: item!.id, text: item!.text, status: 'turned-into-request', serviceRequestId: request.id },
      { id: other!.id, text: other!.text, status: 'open' },
    ]);
    expect(again.version).toBe(2);
  });

  it('is refused a second time, naming the request it already became, and nothing more is written', async () => {
    const revisit = await revisitWithIssues('希望增加驻场工程师');
    const first = await turn(revisit.id, revisit.issues[0]!.id);
    expect(first.status).toBe(201);
    const count = await requestsOfCustomer();
    const second = await turn(revisit.id, revisit.issues[0]!.id, callers.salesHead);
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('revisit_item_not_open');
    expect(second.body.error.message).toContain(first.body.serviceRequest.id);
    expect(await requestsOfCustomer()).toBe(count);
  });

  it('gives one request and one refusal when two people click at once', async () => {
    const revisit = await revisitWithIssues('对账差异待核实');
    const count = await requestsOfCustomer();
    const both = await Promise.all([turn(revisit.id, revisit.issues[0]!.id), turn(revisit.id, revisit.issues[0]!.id, callers.eastHead)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await requestsOfCustomer()).toBe(count + 1);
    const winner = both.find((r) => r.status === 201)!.body.serviceRequest.id;
    const listed = await api.call('GET', `/customers/${customer.id}/revisits`, { as: callers.eastStaff });
    expect(listed.body.items.find((r: { id: string }) => r.id === revisit.id).issues[0].serviceRequestId).toBe(winner);
  });

  it('keeps another unit’s customer out of sight, and an unknown revisit or item is a 404', async () => {
    const revisit = await revisitWithIssues('包装破损');
    expect((await turn(revisit.id, revisit.issues[0]!.id, callers.northStaff)).status).toBe(404);
    expect((await turn('no-such-revisit', revisit.issues[0]!.id)).status).toBe(404);
    expect((await turn(revisit.id, `${revisit.id}-9`)).status).toBe(404);
    const open = await api.call('GET', `/customers/${customer.id}/revisits`, { as: callers.eastStaff });
    expect(open.body.items.find((r: { id: string }) => r.id === revisit.id).issues[0].status).toBe('open');
  });

  it('cannot be faked through the ordinary receiving route: a caller may not name a revisit item there', async () => {
    const res = await api.call('POST', '/service-requests', {
      as: callers.eastStaff,
      body: { customerId: customer.id, kind: 'inquiry', channel: 'revisit', contact: { name: '王经理' }, statement: '咨询价格', revisitItemId: 'x-1' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('revisitItemId');
  });
});
