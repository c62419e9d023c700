import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/core/principal';
import { serviceDeps } from '../../functions/service/deps';
import { flagOverdueRequests } from '../../functions/service/use-cases/flag-overdue-requests';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();
const office = { id: 'office.liu', name: '刘芳', role: 'office' as const };
const financeHead = { id: 'finance.zhao', name: '赵敏', role: 'finance' as const };
let customerId: string;

async function inbox(user: string) {
  const out = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': `INBOX#${user}` } }));
  return out.Items ?? [];
}

async function receive(kind = 'complaint', as = callers.eastStaff) {
  const res = await api.call('POST', '/service-requests', {
    as,
    body: { customerId, kind, channel: 'phone', contact: { name: '王建国', phone: '13812345678' }, statement: '上月发货的设备有异响，要求退换。' },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; version: number };
}

const act = (id: string, as: Principal, body: unknown) => api.call('POST', `/service-requests/${id}/actions`, { as, body });

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
  const c = await api.call('POST', '/customers', {
    as: callers.eastStaff,
    body: { name: '常州天宁纺织印染有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'A' },
  });
  customerId = c.body.id;
});
afterAll(() => api?.close());

describe('service requests under first-inquiry responsibility', () => {
  it('makes the receiver the first-inquiry owner and forwards a complaint to the office', async () => {
    const r = await receive();
    const read = await api.call('GET', `/service-requests/${r.id}`, { as: callers.eastStaff });
    expect(read.body).toMatchObject({ firstOwnerId: 'east.staff', handler: { personId: 'east.staff' }, status: 'received', officeTracking: true, statement: '上月发货的设备有异响，要求退换。' });
    expect(read.body.timeline[0]).toMatchObject({ action: 'receive', details: { forwardedToOffice: true } });
    expect((await inbox('office.liu')).some((n) => n.link === `/service-requests/${r.id}`)).toBe(true);
    const board = await api.call('GET', '/service-requests?view=complaints', { as: office });
    expect(board.body.items.map((i: { id: string }) => i.id)).toContain(r.id);
  });

  it('refuses a transfer without a plan or expected date, and nothing changes', async () => {
    const r = await receive();
    const res = await act(r.id, callers.eastStaff, { action: 'transfer', reason: '需财务处理', to: { department: 'finance' } });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['expectedDate', 'handlingPlan']);
    const pend = await act(r.id, callers.eastStaff, { action: 'pend', handlingPlan: '等待', expectedDate: '2099-01-01' });
    expect(pend.body.error.fields).toHaveProperty('reason');
    const read = await api.call('GET', `/service-requests/${r.id}`, { as: callers.eastStaff });
    expect(read.body).toMatchObject({ status: 'received', version: 1, handler: { personId: 'east.staff' } });
    expect(read.body.timeline).toHaveLength(1);
  });

  it('goes from the first-inquiry owner to Finance and back closed, with the owner told of each step', async () => {
    const r = await receive();
    const transferred = await act(r.id, callers.eastStaff, {
      action: 'transfer', reason: '涉及退款，需财务部处理', handlingPlan: '财务核对货款后办理退款', expectedDate: '2099-12-31', to: { department: 'finance' },
    });
    expect(transferred.body).toMatchObject({ status: 'in-progress', handler: { department: 'finance' }, expectedDate: '2099-12-31' });
    expect((await inbox('finance.zhao')).some((n) => n.link === `/service-requests/${r.id}`)).toBe(true);

    // The owner still sees it in "mine"; Finance now holds it.
    const mine = await api.call('GET', '/service-requests?view=mine', { as: callers.eastStaff });
    expect(mine.body.items.map((i: { id: string }) => i.id)).toContain(r.id);
    const financeDept = await api.call('GET', '/service-requests?view=department', { as: financeHead });
    expect(financeDept.body.items.map((i: { id: string }) => i.id)).toContain(r.id);

    const closed = await act(r.id, financeHead, { action: 'resolve', resolution: '已退款 ¥1,200.00', satisfaction: 4 });
    expect(closed.body).toMatchObject({ status: 'closed', satisfaction: 4, resolution: '已退款 ¥1,200.00' });
    const ownerInbox = await inbox('east.staff');
    expect(ownerInbox.filter((n) => n.link === `/service-requests/${r.id}`).map((n) => n.id)).toEqual(
      expect.arrayContaining([expect.stringContaining('-resolve-east.staff')]),
    );
    const timeline = (await api.call('GET', `/service-requests/${r.id}`, { as: callers.eastStaff })).body.timeline.map((e: { action: string }) => e.action);
    expect(timeline).toEqual(['receive', 'transfer', 'resolve']);
  });

  it('keeps what the customer said: corrections are appended, never overwrite', async () => {
    const r = await receive('inquiry');
    await act(r.id, callers.eastStaff, { action: 'correct', text: '客户补充：异响只在低速时出现' });
    const read = await api.call('GET', `/service-requests/${r.id}`, { as: callers.eastStaff });
    expect(read.body.statement).toBe('上月发货的设备有异响，要求退换。');
    expect(read.body.timeline.at(-1)).toMatchObject({ action: 'correct', details: { text: '客户补充：异响只在低速时出现' } });
  });

  it('needs Finance to record the money side before a refund closes', async () => {
    const r = await receive('return-refund');
    const early = await act(r.id, callers.eastStaff, { action: 'resolve', resolution: '已退货', satisfaction: 5 });
    expect(early.body.error.code).toBe('validation_failed');
    const queue = await api.call('GET', '/service-requests?view=finance', { as: financeHead });
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(r.id);
    expect((await act(r.id, financeHead, { action: 'record-money', amountFen: 120_000, note: '原路退回' })).status).toBe(200);
    expect((await act(r.id, callers.eastStaff, { action: 'resolve', resolution: '已退货退款', satisfaction: 5 })).body.status).toBe('closed');
  });

  it('hides a request from another unit and refuses views a role may not open', async () => {
    const r = await receive('inquiry');
    expect((await api.call('GET', `/service-requests/${r.id}`, { as: callers.northStaff })).status).toBe(404);
    expect((await api.call('GET', '/service-requests?view=complaints', { as: callers.eastStaff })).status).toBe(403);
  });

  it('flags overdue requests once and escalates to the department head, the office and the owner', async () => {
    const r = await receive('after-sales');
    await act(r.id, callers.eastStaff, { action: 'pend', reason: '需检测', handlingPlan: '寄回检测', expectedDate: '2099-01-10' });
    const deps = { ...serviceDeps(client, tableName), now: () => new Date('2099-01-12T02:00:00Z') };
    const first = await flagOverdueRequests(deps);
    expect(first.flagged).toBeGreaterThanOrEqual(1);
    const read = await api.call('GET', `/service-requests/${r.id}`, { as: callers.eastStaff });
    expect(read.body.overdueSince).toBe('2099-01-12');
    for (const who of ['east.head', 'office.liu', 'east.staff']) {
      expect((await inbox(who)).filter((n) => String(n.id).includes(`sr-${r.id}-`) && String(n.id).includes('-overdue-')), who).toHaveLength(1);
    }
    await flagOverdueRequests(deps);
    expect((await inbox('east.head')).filter((n) => String(n.id).includes(`sr-${r.id}-`) && String(n.id).includes('-overdue-'))).toHaveLength(1);

    // A new date needs a reason and clears the flag.
    expect((await act(r.id, callers.eastStaff, { action: 'reschedule', expectedDate: '2099-02-01' })).status).toBe(400);
    const moved = await act(r.id, callers.eastStaff, { action: 'reschedule', reason: '备件到货延迟', expectedDate: '2099-02-01' });
    expect(moved.body.overdueSince).toBeUndefined();
  });

  it('gives figures by kind, status and department', async () => {
    const stats = await api.call('GET', '/service-requests/stats', { as: callers.salesHead });
    expect(stats.status).toBe(200);
    expect(stats.body.byKind.complaint).toBeGreaterThanOrEqual(3);
    expect(stats.body.total).toBe(Object.values(stats.body.byStatus as Record<string, number>).reduce((a, b) => a + b, 0));
  });
});
