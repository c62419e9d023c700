import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer, Tier } from '../../shared/schemas/customer.schema';
import { shanghaiDate } from '../../shared/shanghai-time';
import type { Principal } from '../../functions/core/principal';
import { CustomerRepository } from '../../functions/core/repositories/customer.repository';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();
const customers = new CustomerRepository(client, tableName);

const leader: Principal = { id: 'leader', name: '陈志远', role: 'leadership' };
const office: Principal = { id: 'office.liu', name: '刘芳', role: 'office' };
const northHead: Principal = { id: 'north.head', name: '郑涛', role: 'unit-head', unitId: 'north' };
const dayMs = 86_400_000;
const day = (offset: number) => shanghaiDate(new Date(Date.now() + offset * dayMs));

let seq = 0;
async function seedCustomer(tier: Tier, unitId: 'east' | 'north', ownerId: string): Promise<Customer> {
  const at = '2026-01-01T00:00:00.000Z';
  const c: Customer = {
    id: `rp-${tier}-${unitId}-${++seq}-${Date.now()}`, name: `计划测试${tier}${seq}有限公司`, creditCode: newCreditCode(), kind: 'main-business', tier,
    annualAmountFen: 0, creditRating: 'AA', unitId, ownerId, contacts: [], notes: '', createdAt: at, updatedAt: at, createdBy: 'seed', updatedBy: 'seed', version: 1,
  };
  await customers.create(c);
  return c;
}

async function inboxKinds(user: string): Promise<string[]> {
  const out = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': `INBOX#${user}` } }));
  return (out.Items ?? []).map((i) => i.kind as string);
}

const targets = { vip: [2, 2, 2, 3], key: [4, 4, 4, 4], general: [6, 6, 6, 6], reserve: [0, 0, 1, 0] };

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('annual revisit plans', () => {
  const path = '/revisit-plans/annual/east/2026';

  it('starts empty at version 0, is written by the unit head on the version read, and keeps every change', async () => {
    const empty = await api.call('GET', path, { as: callers.salesHead });
    expect(empty.status).toBe(200);
    expect(empty.headers.get('etag')).toBe('"0"');
    expect(empty.body).toEqual({ plan: { unitId: 'east', year: 2026, targets: { vip: [0, 0, 0, 0], key: [0, 0, 0, 0], general: [0, 0, 0, 0], reserve: [0, 0, 0, 0] }, notes: '', version: 0 }, history: [] });

    const first = await api.call('PUT', path, { as: callers.eastHead, body: { targets, notes: '全年计划' }, headers: { 'if-match': '"0"' } });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ version: 1, targets, notes: '全年计划', updatedBy: { id: 'east.head', name: '孙强' } });

    // A stale write (someone edited version 0 too) is refused and changes nothing.
    const stale = await api.call('PUT', path, { as: callers.salesHead, body: { targets: { ...targets, vip: [9, 9, 9, 9] }, notes: '' }, headers: { 'if-match': '"0"' } });
    expect(stale.status).toBe(412);
    const second = await api.call('PUT', path, { as: callers.salesHead, body: { targets: { ...targets, vip: [3, 3, 3, 3] }, notes: '销售部调整' }, headers: { 'if-match': '"1"' } });
    expect(second.status).toBe(200);

    const read = await api.call('GET', path, { as: office });
    expect(read.body.plan).toMatchObject({ version: 2, notes: '销售部调整', targets: { ...targets, vip: [3, 3, 3, 3] } });
    expect(read.body.history.map((h: { version: number; by: { id: string } }) => [h.version, h.by.id])).toEqual([[2, 'sales.head'], [1, 'east.head']]);
    expect(read.body.history[0]).toMatchObject({ before: { targets, notes: '全年计划' }, after: { targets: { ...targets, vip: [3, 3, 3, 3] }, notes: '销售部调整' } });
    expect(read.body.history[1].before).toBeUndefined();
  });

  it('keeps another unit’s head out (404), needs If-Match, and refuses fields the system keeps', async () => {
    expect((await api.call('GET', path, { as: northHead })).status).toBe(404);
    const other = await api.call('PUT', path, { as: northHead, body: { targets }, headers: { 'if-match': '"2"' } });
    expect(other.status).toBe(404);
    expect((await api.call('PUT', path, { as: callers.eastHead, body: { targets } })).status).toBe(428);
    const sneaky = await api.call('PUT', path, { as: callers.eastHead, body: { targets, version: 7 }, headers: { 'if-match': '"2"' } });
    expect(sneaky.status).toBe(400);
    expect(sneaky.body.error.fields).toHaveProperty('version');
    const wrongShape = await api.call('PUT', path, { as: callers.eastHead, body: { targets: { ...targets, vip: [1, 2, 3] } }, headers: { 'if-match': '"2"' } });
    expect(wrongShape.status).toBe(400);
    expect((await api.call('GET', path, { as: callers.salesHead })).body.plan.version).toBe(2);
    expect((await api.call('GET', '/revisit-plans/annual/west/2026', { as: callers.salesHead })).status).toBe(404);
    const outOfRange = await api.call('GET', '/revisit-plans/annual/east/1999', { as: callers.salesHead });
    expect(outOfRange.status).toBe(400);
    expect(Object.keys(outOfRange.body.error.fields)).toEqual(['year']);
    // Well formed but before the plans begin (2020): no such plan.
    expect((await api.call('GET', '/revisit-plans/annual/east/2010', { as: callers.salesHead })).status).toBe(404);
  });
});

describe('temporary revisit plans', () => {
  it('runs only once leadership approves it; refused moves change nothing; approved revisits count and appear as due', async () => {
    const a = await seedCustomer('vip', 'east', 'east.staff');
    const b = await seedCustomer('general', 'east', 'east.staff2');
    const body = { unitId: 'east', purpose: '新批次包装破损集中回访', background: '多家客户反映', customerIds: [a.id, b.id], channels: ['phone', 'on-site'], startDate: day(-3), endDate: day(10) };

    const created = await api.call('POST', '/revisit-plans/temporary', { as: callers.sales, body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.plan.id as string;
    expect(created.body.plan).toMatchObject({ status: 'pending', unitId: 'east', version: 1, createdBy: { id: 'sales.zhang' } });
    expect(created.body.plan.customers).toEqual([
      { id: a.id, name: a.name, tier: 'vip', ownerId: 'east.staff' },
      { id: b.id, name: b.name, tier: 'general', ownerId: 'east.staff2' },
    ]);
    expect(await inboxKinds('leader')).toContain('revisit-plan-approval');

    // A revisit made while the plan waits does not count for it: it runs only from the approval.
    const early = await api.call('POST', `/customers/${a.id}/revisits`, {
      as: callers.eastStaff,
      body: { visitedAt: new Date(Date.now() - 3_600_000).toISOString(), channel: 'phone', visitors: [{ name: '周婷', rank: 'salesperson' }], satisfaction: 4 },
    });
    expect(early.status).toBe(201);
    const pendingDue = await api.call('GET', '/revisit-plans/due?unitId=east', { as: callers.salesHead });
    expect(pendingDue.body.items.filter((i: { planId: string }) => i.planId === id)).toEqual([]);

    const noReason = await api.call('POST', `/revisit-plans/temporary/${id}/decision`, { as: leader, body: { decision: 'rejected' } });
    expect(noReason.status).toBe(400);
    const rejected = await api.call('POST', `/revisit-plans/temporary/${id}/decision`, { as: leader, body: { decision: 'rejected', reason: '请缩小范围' } });
    expect(rejected.status).toBe(200);
    expect(rejected.body.plan).toMatchObject({ status: 'rejected', version: 2, decisions: [{ decision: 'rejected', reason: '请缩小范围', by: { id: 'leader' } }] });
    expect(await inboxKinds('sales.zhang')).toContain('revisit-plan-rejected');

    // Refused: approving a rejected plan (409), another unit's head resubmitting it (404) — nothing changes.
    const approveRejected = await api.call('POST', `/revisit-plans/temporary/${id}/decision`, { as: leader, body: { decision: 'approved' } });
    expect(approveRejected.status).toBe(409);
    expect(approveRejected.body.error.code).toBe('revisit_plan_not_pending');
    const { unitId: _u, ...edit } = body;
    expect((await api.call('POST', `/revisit-plans/temporary/${id}/resubmit`, { as: northHead, body: edit })).status).toBe(404);
    const unchanged = await api.call('GET', `/revisit-plans/temporary/${id}`, { as: callers.salesHead });
    expect(unchanged.body.plan).toEqual(rejected.body.plan);

    const again = await api.call('POST', `/revisit-plans/temporary/${id}/resubmit`, { as: callers.sales, body: { ...edit, purpose: '包装破损回访（缩小范围）' } });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.plan).toMatchObject({ status: 'pending', version: 3, purpose: '包装破损回访（缩小范围）' });
    expect((await api.call('POST', `/revisit-plans/temporary/${id}/decision`, { as: callers.eastHead, body: { decision: 'approved' } })).status).toBe(403);
    const approved = await api.call('POST', `/revisit-plans/temporary/${id}/decision`, { as: leader, body: { decision: 'approved' } });
    expect(approved.status).toBe(200);
    expect(approved.body.plan).toMatchObject({ status: 'approved', version: 4 });
    expect(approved.body.items.map((i: { status: string }) => i.status)).toEqual(['open', 'open']);
    expect(await inboxKinds('east.staff2')).toContain('revisit-plan-approved');

    // Revisits after the approval: by phone for a counts; by email for b does not (not one of the plan's channels).
    const onPlan = await api.call('POST', `/customers/${a.id}/revisits`, {
      as: callers.eastStaff,
      body: { visitedAt: new Date().toISOString(), channel: 'phone', visitors: [{ name: '周婷', rank: 'salesperson' }], satisfaction: 5 },
    });
    expect(onPlan.status).toBe(201);
    await api.call('POST', `/customers/${b.id}/revisits`, {
      as: callers.eastStaff2,
      body: { visitedAt: new Date().toISOString(), channel: 'email', visitors: [{ name: '吴昊', rank: 'salesperson' }], satisfaction: 3 },
    });
    const view = await api.call('GET', `/revisit-plans/temporary/${id}`, { as: callers.eastStaff });
    expect(view.body.items.map((i: { customer: { id: string }; status: string; metBy: string[] }) => [i.customer.id, i.status, i.metBy])).toEqual([
      [a.id, 'met', [onPlan.body.id]],
      [b.id, 'open', []],
    ]);

    const due = await api.call('GET', '/revisit-plans/due?unitId=east', { as: callers.eastHead });
    expect(due.status).toBe(200);
    const mine = due.body.items.filter((i: { planId: string }) => i.planId === id);
    expect(mine.map((i: { customer: { id: string }; status: string }) => [i.customer.id, i.status])).toEqual([[b.id, 'open'], [a.id, 'met']]);
    const staff2 = await api.call('GET', '/revisit-plans/due?ownerId=east.staff2', { as: callers.eastStaff2 });
    expect(staff2.body.items.filter((i: { planId: string }) => i.planId === id).map((i: { customer: { id: string } }) => i.customer.id)).toEqual([b.id]);
    const north = await api.call('GET', '/revisit-plans/due?unitId=east', { as: { id: 'north.staff', name: '冯雪', role: 'unit-staff', unitId: 'north' } });
    expect(north.body.items).toEqual([]);
    expect((await api.call('GET', `/revisit-plans/temporary/${id}`, { as: northHead })).status).toBe(404);

    const cancelled = await api.call('POST', `/revisit-plans/temporary/${id}/cancel`, { as: callers.eastHead, body: { reason: '问题已统一处理' } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.plan).toMatchObject({ status: 'cancelled', cancellation: { by: { id: 'east.head' }, reason: '问题已统一处理' } });
    const twice = await api.call('POST', `/revisit-plans/temporary/${id}/cancel`, { as: callers.eastHead, body: { reason: '再次取消' } });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('revisit_plan_closed');
    expect((await api.call('GET', `/revisit-plans/temporary/${id}`, { as: callers.salesHead })).body.plan.version).toBe(5);
    const after = await api.call('GET', '/revisit-plans/due?unitId=east', { as: callers.salesHead });
    expect(after.body.items.filter((i: { planId: string }) => i.planId === id)).toEqual([]);
  });

  it('checks the unit, the customers and the dates of a new plan', async () => {
    const east = await seedCustomer('key', 'east', 'east.staff');
    const north = await seedCustomer('key', 'north', 'north.staff');
    const base = { purpose: '客户集中反映交货延迟', customerIds: [east.id], startDate: day(0), endDate: day(5) };

    const noUnit = await api.call('POST', '/revisit-plans/temporary', { as: callers.salesHead, body: base });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.error.fields).toEqual({ unitId: '请选择所属业务单位。' });
    // A unit head's plan is for their own unit, named or not.
    const own = await api.call('POST', '/revisit-plans/temporary', { as: callers.eastHead, body: base });
    expect(own.status).toBe(201);
    expect(own.body.plan.unitId).toBe('east');
    const otherUnit = await api.call('POST', '/revisit-plans/temporary', { as: callers.eastHead, body: { ...base, unitId: 'north', customerIds: [north.id] } });
    expect(otherUnit.status).toBe(400);

    const mixed = await api.call('POST', '/revisit-plans/temporary', { as: callers.salesHead, body: { ...base, unitId: 'east', customerIds: [east.id, north.id, 'no-such'] } });
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.fields).toEqual({ 'customerIds.1': '客户不存在或不属于该业务单位。', 'customerIds.2': '客户不存在或不属于该业务单位。' });
    const past = await api.call('POST', '/revisit-plans/temporary', { as: callers.salesHead, body: { ...base, unitId: 'east', startDate: day(-20), endDate: day(-1) } });
    expect(past.status).toBe(400);
    expect(past.body.error.fields).toEqual({ endDate: '结束日期不能早于今天。' });
    const sneaky = await api.call('POST', '/revisit-plans/temporary', { as: callers.salesHead, body: { ...base, unitId: 'east', status: 'approved' } });
    expect(sneaky.status).toBe(400);
    expect(sneaky.body.error.fields).toHaveProperty('status');
  });

  it('lists plans newest first in the caller’s scope, the pending ones for leadership', async () => {
    const c = await seedCustomer('general', 'north', 'north.staff');
    const northPlan = await api.call('POST', '/revisit-plans/temporary', {
      as: callers.salesHead,
      body: { unitId: 'north', purpose: '华北新品推广回访', customerIds: [c.id], startDate: day(1), endDate: day(20) },
    });
    expect(northPlan.status).toBe(201);
    const pending = await api.call('GET', '/revisit-plans/temporary?status=pending', { as: leader });
    expect(pending.body.items.map((p: { id: string }) => p.id)).toContain(northPlan.body.plan.id);
    expect(pending.body.items.every((p: { status: string }) => p.status === 'pending')).toBe(true);
    const eastOnly = await api.call('GET', '/revisit-plans/temporary', { as: callers.eastStaff });
    expect(eastOnly.body.items.length).toBeGreaterThan(0);
    expect(eastOnly.body.items.every((p: { unitId: string }) => p.unitId === 'east')).toBe(true);
    const asked = await api.call('GET', '/revisit-plans/temporary?unitId=north', { as: callers.eastStaff });
    expect(asked.body.items).toEqual([]);
    const cancelledEast = await api.call('GET', '/revisit-plans/temporary?status=cancelled&unitId=east', { as: callers.salesHead });
    expect(cancelledEast.body.items.every((p: { status: string; unitId: string }) => p.status === 'cancelled' && p.unitId === 'east')).toBe(true);
    expect(cancelledEast.body.items.length).toBe(1);
  });
});
