import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/core/principal';
import { VisitRepository } from '../../functions/core/repositories/visit.repository';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();
const visits = new VisitRepository(client, tableName);
const leader: Principal = { id: 'leader', name: '陈志远', role: 'leadership' };
const hour = 3_600_000;

async function generalCustomer(): Promise<string> {
  const c = await api.call('POST', '/customers', {
    as: callers.eastStaff,
    body: { name: '跟进测试有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'A' },
  });
  expect(c.status).toBe(201);
  const held = await api.call('PUT', `/customers/${c.body.id}/tier-override`, { as: callers.salesHead, body: { tier: 'general', reason: '跟进测试', expiresOn: '2099-12-31' } });
  expect(held.status).toBe(200);
  return c.body.id;
}

/** A general customer's visit east.staff registered after the guests arrived (so it can be recorded at once). */
async function arrivedVisit(customerId: string) {
  const res = await api.call('POST', '/visits', {
    as: callers.eastStaff,
    body: {
      customerId,
      visitors: [{ name: '钱立群', title: '采购经理', rank: 'manager' }],
      arrivalAt: new Date(Date.now() - 2 * hour).toISOString(),
      departureAt: new Date(Date.now() + hour).toISOString(),
      purpose: '新品洽谈',
      headcount: 2,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string };
}

const followUps = [
  { description: '客户反映上批货包装破损，需售后处理', kind: 'service-request', ownerId: 'east.staff2' },
  { description: '两周内回访确认报价', kind: 'revisit' },
  { description: '寄送新品资料', kind: 'other', ownerId: 'sales.zhang' },
];

async function recordedVisit(customerId: string) {
  const visit = await arrivedVisit(customerId);
  const res = await api.call('POST', `/visits/${visit.id}/record`, { as: callers.eastStaff, body: { metWith: ['孙强'], outcomes: '达成合作意向', followUps } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { id: string; record: { followUps: { id: string }[] } };
}

const requestBody = (note?: string) => ({ kind: 'after-sales', contact: { name: '钱立群', phone: '13812345678' }, ...(note ? { note } : {}) });
const revisitBody = (over: Record<string, unknown> = {}) => ({
  visitedAt: new Date(Date.now() - hour).toISOString(),
  channel: 'phone',
  visitors: [{ name: '周婷', rank: 'salesperson', staffId: 'east.staff' }],
  opinions: '对报价基本满意',
  satisfaction: 4,
  ...over,
});

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('a follow-up item becoming a service request', () => {
  let customerId: string;
  beforeAll(async () => {
    customerId = await generalCustomer();
  });

  it('waits until the visit is recorded', async () => {
    const visit = await arrivedVisit(customerId);
    const res = await api.call('POST', `/visits/${visit.id}/follow-ups/any/service-request`, { as: callers.eastStaff, body: requestBody() });
    expect(res).toMatchObject({ status: 409, body: { error: { code: 'visit_not_recorded' } } });
  });

  it('is received by the item’s owner through the visit, linked both ways, once only', async () => {
    const visit = await recordedVisit(customerId);
    const item = visit.record.followUps[0]!.id;
    const path = `/visits/${visit.id}/follow-ups/${item}/service-request`;
    const note = `客户要求本周内答复（${visit.id}）`;
    // The item's words as recorded, the receiver's note below them: what the customer raised is not rewritten.
    const statement = `${followUps[0]!.description}\n\n${note}`;

    expect((await api.call('POST', path, { as: callers.northStaff, body: requestBody(note) })).status).toBe(404);
    const outsider = await api.call('POST', path, { as: callers.salesHead, body: requestBody(note) });
    expect(outsider).toMatchObject({ status: 403, body: { error: { code: 'visit_not_host' } } });
    const unknown = await api.call('POST', `/visits/${visit.id}/follow-ups/nope/service-request`, { as: callers.eastStaff2, body: requestBody(note) });
    expect(unknown.status).toBe(404);
    const smuggled = await api.call('POST', path, { as: callers.eastStaff2, body: { ...requestBody(note), statement: '另写的内容', customerId: 'other' } });
    expect(smuggled.status).toBe(400);

    const res = await api.call('POST', path, { as: callers.eastStaff2, body: requestBody(note) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const request = res.body.serviceRequest;
    expect(res.headers.get('location')).toBe(`/service-requests/${request.id}`);
    expect(request).toMatchObject({
      customerId,
      kind: 'after-sales',
      channel: 'visit',
      statement,
      firstOwnerId: 'east.staff2',
      visitFollowUp: { visitId: visit.id, followUpId: item },
    });
    expect(res.body.visit.record.followUps[0]).toMatchObject({ id: item, serviceRequestId: request.id, convertedBy: { id: 'east.staff2' } });

    const stored = await api.call('GET', `/service-requests/${request.id}`, { as: callers.eastStaff2 });
    expect(stored.body.visitFollowUp).toEqual({ visitId: visit.id, followUpId: item });
    const shown = await api.call('GET', `/visits/${visit.id}`, { as: callers.eastHead });
    expect(shown.body.record.followUps[0].serviceRequestId).toBe(request.id);
    expect(shown.body.record.followUps[1].serviceRequestId).toBeUndefined();

    const again = await api.call('POST', path, { as: callers.eastStaff, body: requestBody(note) });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'visit_follow_up_converted' } } });
    const mine = await api.call('GET', '/service-requests?view=mine&limit=100', { as: callers.eastStaff2 });
    expect(mine.body.items.filter((r: { statement: string }) => r.statement === statement)).toHaveLength(1);
  });

  it('may be turned by the person the record named, outside the hosting unit', async () => {
    const visit = await recordedVisit(customerId);
    const res = await api.call('POST', `/visits/${visit.id}/follow-ups/${visit.record.followUps[2]!.id}/service-request`, {
      as: callers.sales,
      body: { kind: 'inquiry', contact: { name: '钱立群' } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.serviceRequest).toMatchObject({ firstOwnerId: 'sales.zhang', channel: 'visit', statement: followUps[2]!.description });
  });

  it('finishes a conversion that stopped after linking the item, under the linked id, and only then refuses', async () => {
    const visit = await recordedVisit(customerId);
    const item = visit.record.followUps[0]!.id;
    // As if the first call died between its two writes: the item names a request that was never written.
    const stored = (await visits.get(visit.id))!;
    const linked = {
      ...stored,
      record: { ...stored.record!, followUps: stored.record!.followUps.map((f) => (f.id === item ? { ...f, serviceRequestId: `SR-${visit.id}` } : f)) },
      version: stored.version + 1,
    };
    await visits.replace(stored, linked);

    const path = `/visits/${visit.id}/follow-ups/${item}/service-request`;
    const res = await api.call('POST', path, { as: callers.eastStaff, body: requestBody() });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.serviceRequest).toMatchObject({ id: `SR-${visit.id}`, statement: followUps[0]!.description, visitFollowUp: { visitId: visit.id, followUpId: item } });
    const again = await api.call('POST', path, { as: callers.eastStaff, body: requestBody() });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'visit_follow_up_converted' } } });
  });

  it('is refused for a cancelled visit', async () => {
    const visit = await arrivedVisit(customerId);
    expect((await api.call('POST', `/visits/${visit.id}/cancel`, { as: callers.eastStaff, body: { reason: '客户改期' } })).status).toBe(200);
    const res = await api.call('POST', `/visits/${visit.id}/follow-ups/any/service-request`, { as: callers.eastStaff, body: requestBody() });
    expect(res).toMatchObject({ status: 409, body: { error: { code: 'visit_closed' } } });
  });
});

describe('a follow-up item carried out as a revisit', () => {
  let customerId: string;
  beforeAll(async () => {
    customerId = await generalCustomer();
  });

  it('records the revisit through the revisit rules and names it on the item, once only', async () => {
    const visit = await recordedVisit(customerId);
    const item = visit.record.followUps[1]!.id;
    const path = `/visits/${visit.id}/follow-ups/${item}/revisit`;

    expect((await api.call('POST', path, { as: leader, body: revisitBody() })).status).toBe(403);
    const future = await api.call('POST', path, { as: callers.eastStaff, body: revisitBody({ visitedAt: new Date(Date.now() + 24 * hour).toISOString() }) });
    expect(future.status).toBe(400);
    expect(future.body.error.fields).toHaveProperty('visitedAt');
    expect((await api.call('GET', `/visits/${visit.id}`, { as: callers.eastStaff })).body.record.followUps[1].revisitId).toBeUndefined();

    const res = await api.call('POST', path, { as: callers.eastStaff, body: revisitBody() });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const revisit = res.body.revisit;
    expect(revisit).toMatchObject({ customerId, channel: 'phone', opinions: '对报价基本满意', recordedBy: { id: 'east.staff' } });
    expect(res.body.visit.record.followUps[1]).toMatchObject({ id: item, revisitId: revisit.id, convertedBy: { id: 'east.staff' } });
    const listed = await api.call('GET', `/customers/${customerId}/revisits`, { as: callers.eastHead });
    expect(listed.body.items.map((r: { id: string }) => r.id)).toContain(revisit.id);

    const again = await api.call('POST', path, { as: callers.eastStaff, body: revisitBody() });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'visit_follow_up_converted' } } });
    const after = await api.call('GET', `/customers/${customerId}/revisits`, { as: callers.eastHead });
    expect(after.body.items).toHaveLength(listed.body.items.length);
  });
});
