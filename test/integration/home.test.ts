import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/core/principal';
import { buildHomeSummaries } from '../../functions/jobs/home-summaries/build-home-summaries';
import { revisitDeps } from '../../functions/revisits/deps';
import { shanghaiMonth } from '../../shared/shanghai-time';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { paidEvent, signed } from '../support/webhook';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
/** Customer b of the setup (key after its order): the reception test registers its visit. */
let keyCustomerId: string;
const { client, tableName } = testTable();
const leader = { id: 'leader', name: '陈总', role: 'leadership' as const };
const now = new Date();
const runJob = () => buildHomeSummaries({ client, tableName, revisits: revisitDeps(client, tableName), now: () => now });

async function createCustomer(name: string, as: Principal = callers.eastStaff, extra: Record<string, unknown> = {}) {
  const res = await api.call('POST', '/customers', { as, body: { name, creditCode: newCreditCode(), kind: 'main-business', creditRating: 'A', ...extra } });
  expect(res.status).toBe(201);
  return res.body as { id: string; unitId: string; tier: string };
}

/** Makes a customer's archive stale: last verified two years ago (as an old import would have left it). */
async function ageArchive(id: string) {
  const { CustomerRepository } = await import('../../functions/core/repositories/customer.repository');
  const current = (await new CustomerRepository(client, tableName).get(id))!;
  const old = new Date(now.getTime() - 800 * 86_400_000).toISOString();
  const item = { ...current, createdAt: old };
  delete item.lastVerifiedAt;
  const { customerItem } = await import('../../functions/core/repositories/customer.repository');
  await client.send(new PutCommand({ TableName: tableName, Item: customerItem(item) }));
}

const todoOf = (todos: { kind: string; count: number; link: string }[], kind: string) => todos.find((t) => t.kind === kind);

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
  const a = await createCustomer('常州工作台测试甲有限公司');
  const b = await createCustomer('常州工作台测试乙有限公司');
  keyCustomerId = b.id;
  await createCustomer('北京工作台测试丙有限公司', callers.northStaff);
  await ageArchive(a.id);
  // A service request held by east.staff (the receiver holds it first), one with a promised date already past.
  for (const customerId of [a.id, b.id]) {
    const r = await api.call('POST', '/service-requests', {
      as: callers.eastStaff,
      body: { customerId, kind: 'inquiry', channel: 'phone', contact: { name: '王建国' }, statement: '询问发货时间安排。' },
    });
    expect(r.status).toBe(201);
  }
  const list = await api.call('GET', '/service-requests?view=handling', { as: callers.eastStaff });
  const late = list.body.items[0];
  const pend = await api.call('POST', `/service-requests/${late.id}/actions`, { as: callers.eastStaff, body: { action: 'pend', reason: '等待仓库回复', handlingPlan: '仓库确认后回电', expectedDate: '2099-01-01' } });
  expect(pend.status).toBe(200);
  // Time passes: the date promised to the customer is now behind us.
  await client.send(
    new UpdateCommand({
      TableName: tableName,
      Key: { PK: `SR#${late.id}`, SK: 'REQUEST' },
      UpdateExpression: 'SET expectedDate = :d, GSI4SK = :sk',
      ExpressionAttributeValues: { ':d': '2020-01-01', ':sk': `2020-01-01#${late.id}` },
    }),
  );
  // An order this month for customer b (signed webhook), so the monthly figures have an amount.
  const text = JSON.stringify(paidEvent({ id: b.id }, 250_000_00));
  const hook = await api.call('POST', '/webhooks/orders', { body: text, headers: signed(text) });
  expect(hook.status).toBe(200);
  await runJob();
});
afterAll(() => api?.close());

describe('GET /home: reception steps I own, counted as GET /visit-steps lists them', () => {
  const northHead: Principal = { id: 'north.head', name: '郑涛', role: 'unit-head', unitId: 'north' };
  const stepsOf = async (as: Principal) => {
    const [home, list] = await Promise.all([api.call('GET', '/home', { as }), api.call('GET', '/visit-steps?limit=100', { as })]);
    expect(list.status).toBe(200);
    return { todo: todoOf(home.body.todos, 'reception-steps'), items: list.body.items as { visitId: string; stepId: string; customerName: string; dueAt: string }[] };
  };

  it('files each open step under its owner (the hosting unit\'s head, the Sales head), a tick takes it off both, a cancellation all', async () => {
    const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000).toISOString().slice(0, 10);
    const reg = await api.call('POST', '/visits', {
      as: callers.eastStaff,
      body: {
        customerId: keyCustomerId,
        visitors: [{ name: '李敏', title: '采购部经理', rank: 'manager' }],
        arrivalAt: `${inDays(10)}T10:30:00+08:00`,
        departureAt: `${inDays(10)}T16:00:00+08:00`,
        purpose: '季度供货洽谈',
        lodging: { requested: true, rooms: 1 },
        headcount: 2,
      },
    });
    expect(reg.status, JSON.stringify(reg.body)).toBe(201);
    const visitId = reg.body.id as string;
    // A key customer's manager (第十条〔三〕2〔2〕): no approval; the business unit prepares it, Sales puts the welcome on the screen.
    expect(reg.body).toMatchObject({ cell: 'key.manager-and-below', status: 'open' });

    const head = await stepsOf(callers.eastHead);
    expect(head.items.filter((i) => i.visitId === visitId).map((i) => i.stepId).sort()).toEqual(['info', 'lodging', 'meeting', 'pickup', 'plan', 'vehicles']);
    // Soonest due first.
    expect(head.items.map((i) => i.dueAt)).toEqual(head.items.map((i) => i.dueAt).sort());
    expect(head.todo).toEqual({ kind: 'reception-steps', count: head.items.length, link: '/visits?tab=mine' });
    expect(head.items[0]!.customerName).toBe('常州工作台测试乙有限公司');
    const sales = await stepsOf(callers.salesHead);
    expect(sales.items.map((i) => i.stepId)).toEqual(['screen']);
    expect(sales.todo?.count).toBe(1);
    // Nobody else's: the other unit's head, and a salesperson whom this cell names for nothing.
    for (const other of [northHead, callers.eastStaff]) {
      const none = await stepsOf(other);
      expect(none.items).toEqual([]);
      expect(none.todo).toBeUndefined();
    }

    const tick = await api.call('POST', `/visits/${visitId}/steps/info/done`, { as: callers.eastHead, body: { note: '来访 2 人，已报销售部' } });
    expect(tick.status).toBe(200);
    const ticked = await stepsOf(callers.eastHead);
    expect(ticked.todo?.count).toBe(head.todo!.count - 1);
    expect(ticked.items.map((i) => i.stepId)).not.toContain('info');

    const cancel = await api.call('POST', `/visits/${visitId}/cancel`, { as: callers.eastStaff, body: { reason: '客户行程推迟' } });
    expect(cancel.status).toBe(200);
    expect((await stepsOf(callers.eastHead)).todo).toBeUndefined();
    expect((await stepsOf(callers.salesHead)).items).toEqual([]);
  });
});

describe('GET /home: each person\'s to-dos, counted as their lists count them', () => {
  it('gives a unit salesperson their open and overdue requests, stale archives and unread notices, each linking to the list that shows the same number', async () => {
    const home = await api.call('GET', '/home', { as: callers.eastStaff });
    expect(home.status).toBe(200);
    const { todos } = home.body;

    const open = todoOf(todos, 'service-open')!;
    expect(open).toMatchObject({ count: 2, link: '/service-requests?view=handling&open=true' });
    const openList = await api.call('GET', '/service-requests?view=handling&open=true&limit=100', { as: callers.eastStaff });
    expect(openList.body.items).toHaveLength(open.count);

    const overdue = todoOf(todos, 'service-overdue')!;
    const overdueList = await api.call('GET', '/service-requests?view=handling&overdue=true&limit=100', { as: callers.eastStaff });
    expect(overdue.count).toBe(1);
    expect(overdueList.body.items).toHaveLength(overdue.count);

    const stale = todoOf(todos, 'stale-archives')!;
    expect(stale).toMatchObject({ count: 1, link: '/customers?ownerId=east.staff&stale=true' });
    const staleList = await api.call('GET', '/customers?ownerId=east.staff&stale=true&limit=100', { as: callers.eastStaff });
    expect(staleList.body.items).toHaveLength(stale.count);

    const unread = todoOf(todos, 'unread-notices');
    const inbox = await api.call('GET', '/inbox?unread=true', { as: callers.eastStaff });
    expect(unread?.count ?? 0).toBe(inbox.body.unreadCount);

    // Approvals and unmatched orders are not a unit salesperson's.
    expect(todos.map((t: { kind: string }) => t.kind)).not.toContain('approvals-visits');
    expect(todos.map((t: { kind: string }) => t.kind)).not.toContain('unmatched-orders');
  });

  it('shows a unit user their own unit\'s figures only, whatever unit they ask for', async () => {
    const home = await api.call('GET', '/home?unitId=north', { as: callers.eastStaff });
    expect(home.body.figures.scope).toBe('east');
    expect(home.body.scopes).toEqual(['east']);
    expect(home.body.figures.freshness).toEqual({ total: 2, stale: 1, neverVerified: 2 });
    expect(home.body.figures.tiers.general + home.body.figures.tiers.key + home.body.figures.tiers.vip + home.body.figures.tiers.reserve).toBe(2);
    expect(home.body.figures.service).toMatchObject({ open: 2, overdue: 1, byKind: { inquiry: 2, complaint: 0 } });
    const month = home.body.figures.monthly.find((m: { month: string }) => m.month === shanghaiMonth(now));
    expect(month.amountFen).toBe(250_000_00);
    expect(home.body.figures.monthly).toHaveLength(12);
  });

  it('shows leadership the company and lets them switch to a unit; their approvals count the approval queues', async () => {
    const company = await api.call('GET', '/home', { as: leader });
    expect(company.body.figures.scope).toBe('company');
    expect(company.body.scopes).toEqual(['company', 'east', 'north', 'south']);
    expect(company.body.figures.freshness.total).toBe(3);
    const north = await api.call('GET', '/home?unitId=north', { as: leader });
    expect(north.body.figures).toMatchObject({ scope: 'north', freshness: { total: 1, stale: 0 } });
    const policies = await api.call('GET', '/preferential-policies?status=pending', { as: leader });
    const counted = todoOf(company.body.todos, 'approvals-policies')?.count ?? 0;
    expect(counted).toBe(policies.body.items.length);
    const visits = await api.call('GET', '/visit-approvals', { as: leader });
    expect(todoOf(company.body.todos, 'approvals-visits')?.count ?? 0).toBe(visits.body.items.length);
  });

  it('counts tier moves of the last 30 days from the tier history', async () => {
    const company = await api.call('GET', '/home', { as: leader });
    // Customer b went from reserve to key when its 250,000 yuan order arrived.
    expect(company.body.figures.moves.up).toBe(1);
    expect(company.body.figures.moves.pairs).toEqual([{ from: 'reserve', to: 'key', count: 1 }]);
  });

  it('says so when nothing waits: no to-dos at all for a fresh Finance user', async () => {
    const home = await api.call('GET', '/home', { as: callers.finance });
    expect(home.status).toBe(200);
    expect(home.body.todos).toEqual([]);
  });

  it('refuses an unknown unit with 400', async () => {
    const res = await api.call('GET', '/home?unitId=mars', { as: leader });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('unitId');
  });
});
