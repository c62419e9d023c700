import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodOf, previousPeriod } from '../../shared/revisits/periods';
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
const northHead: Principal = { id: 'north.head', name: '郑涛', role: 'unit-head', unitId: 'north' };
const quarter = periodOf('quarter', new Date());
const q = quarter.id;
const qIndex = Number(q.slice(-1)) - 1;
const year = Number(q.slice(0, 4));
const reportPath = `/revisit-reports/east/${q}`;

/** An instant in the running quarter before now: `k` of the way from its start to now. */
const inQuarter = (k: number) => new Date(Date.parse(quarter.start) + (Date.now() - 60_000 - Date.parse(quarter.start)) * k).toISOString();

let seq = 0;
async function seedCustomer(tier: Tier, unitId: 'east' | 'north', ownerId: string): Promise<Customer> {
  const at = '2025-01-01T00:00:00.000Z';
  const c: Customer = {
    id: `rr-${tier}-${unitId}-${++seq}`, name: `报告测试${tier}${seq}有限公司`, creditCode: newCreditCode(), kind: 'main-business', tier,
    annualAmountFen: 0, creditRating: 'AA', unitId, ownerId, contacts: [], notes: '', createdAt: at, updatedAt: at, createdBy: 'seed', updatedBy: 'seed', version: 1,
  };
  await customers.create(c);
  return c;
}

async function revisit(c: Customer, visitedAt: string, channel: string, satisfaction: number, issues: string[] = []) {
  const as = c.unitId === 'east' ? callers.eastStaff : callers.northStaff;
  const res = await api.call('POST', `/customers/${c.id}/revisits`, {
    as,
    body: { visitedAt, channel, visitors: [{ name: '孙强', rank: 'manager' }], satisfaction, issues: issues.map((text) => ({ text })) },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; issues: { id: string }[] };
}

async function inboxKinds(user: string): Promise<string[]> {
  const out = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': `INBOX#${user}` } }));
  return (out.Items ?? []).map((i) => i.kind as string);
}

const written = { mainResults: 'VIP客户本季全部上门回访，满意度稳定。', problems: '一般客户短信回访多，深度不足。', improvements: '下季度按月排期，经理带队上门。' };
let vip: Customer;
let key: Customer;
let general: Customer;
let openItemId: string;

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
  vip = await seedCustomer('vip', 'east', 'east.staff');
  key = await seedCustomer('key', 'east', 'east.staff');
  general = await seedCustomer('general', 'east', 'east.staff2');
  await seedCustomer('reserve', 'east', 'east.staff2');
  const north = await seedCustomer('vip', 'north', 'north.staff');

  const targets = { vip: [0, 0, 0, 0], key: [0, 0, 0, 0], general: [0, 0, 0, 0], reserve: [0, 0, 0, 0] };
  targets.vip[qIndex] = 4;
  targets.key[qIndex] = 2;
  targets.general[qIndex] = 5;
  const plan = await api.call('PUT', `/revisit-plans/annual/east/${year}`, { as: callers.eastHead, body: { targets }, headers: { 'if-match': '"0"' } });
  expect(plan.status).toBe(200);

  // The quarter before: one revisit whose issue is still open, which the report must list.
  const earlier = await revisit(key, new Date(Date.parse(quarter.start) - 86_400_000).toISOString(), 'on-site', 2, ['发票寄送慢']);
  openItemId = earlier.issues[0]!.id;
  // This quarter: VIP on site (5) and by phone (4), key by email (3), general by SMS (4) with an issue; north's does not count.
  await revisit(vip, inQuarter(0.1), 'on-site', 5);
  await revisit(vip, inQuarter(0.5), 'phone', 4);
  await revisit(key, inQuarter(0.3), 'email', 3);
  await revisit(general, inQuarter(0.7), 'sms', 4, ['希望增加培训']);
  await revisit(north, inQuarter(0.2), 'on-site', 1);
});
afterAll(() => api?.close());

describe('the quarterly revisit evaluation report', () => {
  it('fills its figures from the revisit records and the annual plan', async () => {
    const res = await api.call('GET', reportPath, { as: callers.eastHead });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('etag')).toBe('"0"');
    const { report, figures, frozen } = res.body;
    expect(report).toMatchObject({ unitId: 'east', quarter: q, status: 'draft', version: 0 });
    expect(frozen).toBe(false);
    expect(figures.planVersion).toBe(1);
    expect(figures.progress).toEqual([
      { tier: 'vip', target: 4, done: 2, share: 0.5, customers: 1, customersReached: 1 },
      { tier: 'key', target: 2, done: 1, share: 0.5, customers: 1, customersReached: 1 },
      { tier: 'general', target: 5, done: 1, share: 0.2, customers: 1, customersReached: 1 },
      { tier: 'reserve', target: 0, done: 0, share: null, customers: 1, customersReached: 0 },
    ]);
    expect(figures.progressTotal).toEqual({ target: 11, done: 4, share: 0.36, customers: 4, customersReached: 3 });
    expect(figures.channelTotals).toEqual({ phone: 1, sms: 1, email: 1, 'on-site': 1 });
    expect(figures.byChannel[0]).toEqual({ tier: 'vip', counts: { phone: 1, sms: 0, email: 0, 'on-site': 1 }, total: 2 });
    expect(figures.satisfaction).toEqual({ count: 4, average: 4, distribution: [0, 0, 1, 2, 1] });
    expect(figures.openItems.map((i: { itemId: string; customerId: string }) => [i.itemId, i.customerId])).toEqual([
      [openItemId, key.id],
      [expect.any(String), general.id],
    ]);
  });

  it('counts an approved temporary plan of the quarter', async () => {
    const today = shanghaiDate(new Date());
    const created = await api.call('POST', '/revisit-plans/temporary', {
      as: callers.eastHead,
      body: { purpose: '质量问题集中回访', customerIds: [vip.id, general.id], channels: ['on-site'], startDate: shanghaiDate(quarter.start), endDate: today },
    });
    expect(created.status).toBe(201);
    expect((await api.call('POST', `/revisit-plans/temporary/${created.body.plan.id}/decision`, { as: leader, body: { decision: 'approved' } })).status).toBe(200);
    await revisit(vip, new Date().toISOString(), 'on-site', 5);
    const { figures } = (await api.call('GET', reportPath, { as: callers.salesHead })).body;
    expect(figures.temporaryPlans).toEqual([
      { id: created.body.plan.id, purpose: '质量问题集中回访', startDate: shanghaiDate(quarter.start), endDate: today, customers: 2, met: 1, overdue: 0, open: 1 },
    ]);
    expect(figures.progress[0].done).toBe(3);
  });

  it('is written and submitted by the unit head, reviewed by Sales; refused moves change nothing', async () => {
    const saved = await api.call('PUT', reportPath, { as: callers.eastHead, body: { mainResults: written.mainResults }, headers: { 'if-match': '"0"' } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.report).toMatchObject({ status: 'draft', version: 1, written: { mainResults: written.mainResults, problems: '', improvements: '' } });

    // Refused: another unit's head (404), Sales writing (403), a stale version (412), a submission with parts missing (400).
    expect((await api.call('PUT', reportPath, { as: northHead, body: written, headers: { 'if-match': '"1"' } })).status).toBe(404);
    expect((await api.call('PUT', reportPath, { as: callers.salesHead, body: written, headers: { 'if-match': '"1"' } })).status).toBe(403);
    expect((await api.call('PUT', reportPath, { as: callers.eastHead, body: written, headers: { 'if-match': '"0"' } })).status).toBe(412);
    const incomplete = await api.call('POST', `${reportPath}/submit`, { as: callers.eastHead, body: { ...written, improvements: ' ' }, headers: { 'if-match': '"1"' } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.fields).toEqual({ improvements: '提交前须填写此项。' });
    const review = await api.call('POST', `${reportPath}/review`, { as: callers.salesHead, body: { decision: 'accepted' }, headers: { 'if-match': '"1"' } });
    expect(review.status).toBe(409);
    expect(review.body.error.code).toBe('revisit_report_not_submitted');
    const still = await api.call('GET', reportPath, { as: callers.salesHead });
    expect(still.body.report).toEqual(saved.body.report);

    const submitted = await api.call('POST', `${reportPath}/submit`, { as: callers.eastHead, body: written, headers: { 'if-match': '"1"' } });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.report).toMatchObject({ status: 'submitted', version: 2, written, submissions: [{ by: { id: 'east.head' } }] });
    expect(submitted.body.frozen).toBe(true);
    expect(await inboxKinds('sales.head')).toContain('revisit-report-submitted');

    // Frozen: a revisit recorded after the submission does not move the submitted figures.
    const doneBefore = submitted.body.figures.progressTotal.done;
    await revisit(key, new Date().toISOString(), 'phone', 5);
    const frozen = await api.call('GET', reportPath, { as: callers.salesHead });
    expect(frozen.body.figures.progressTotal.done).toBe(doneBefore);
    expect(frozen.body.figures).toEqual(submitted.body.figures);

    // Awaiting review: the unit cannot change it, and only Sales heads review.
    const edit = await api.call('PUT', reportPath, { as: callers.eastHead, body: written, headers: { 'if-match': '"2"' } });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('revisit_report_awaiting_review');
    expect((await api.call('POST', `${reportPath}/review`, { as: callers.eastHead, body: { decision: 'accepted' }, headers: { 'if-match': '"2"' } })).status).toBe(403);
    const noComment = await api.call('POST', `${reportPath}/review`, { as: callers.salesHead, body: { decision: 'returned' }, headers: { 'if-match': '"2"' } });
    expect(noComment.status).toBe(400);
    expect((await api.call('GET', reportPath, { as: callers.salesHead })).body.report.version).toBe(2);

    const returned = await api.call('POST', `${reportPath}/review`, { as: callers.salesHead, body: { decision: 'returned', comment: '请补充一般客户的改进时间表' }, headers: { 'if-match': '"2"' } });
    expect(returned.status).toBe(200);
    expect(returned.body.report).toMatchObject({ status: 'returned', version: 3, reviews: [{ decision: 'returned', comment: '请补充一般客户的改进时间表', by: { id: 'sales.head' } }] });
    expect(await inboxKinds('east.head')).toContain('revisit-report-returned');
    // Returned: the figures are live again and include the later revisit.
    expect(returned.body.frozen).toBe(false);
    expect(returned.body.figures.progressTotal.done).toBe(doneBefore + 1);

    const again = await api.call('POST', `${reportPath}/submit`, { as: callers.eastHead, body: { ...written, improvements: '12月起按月排期，经理带队上门。' }, headers: { 'if-match': '"3"' } });
    expect(again.status).toBe(200);
    const accepted = await api.call('POST', `${reportPath}/review`, { as: callers.salesHead, body: { decision: 'accepted', comment: '同意' }, headers: { 'if-match': '"4"' } });
    expect(accepted.status).toBe(200);
    expect(accepted.body.report).toMatchObject({ status: 'accepted', version: 5 });
    expect(accepted.body.report.submissions).toHaveLength(2);
    expect(await inboxKinds('east.head')).toContain('revisit-report-accepted');

    const closed = await api.call('POST', `${reportPath}/submit`, { as: callers.eastHead, body: written, headers: { 'if-match': '"5"' } });
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('revisit_report_closed');
  });

  it('exports the report with its figures and written parts to .xlsx', async () => {
    const res = await api.download('GET', `${reportPath}/export`, { as: leader });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain(`客户回访评价报告-east-${q}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.raw as unknown as ArrayBuffer);
    const text = (name: string) => {
      const sheet = book.getWorksheet(name)!;
      const out: string[][] = [];
      sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
      return out;
    };
    const report = text('评价报告 Report');
    expect(report).toContainEqual(['状态 Status', '已通过 Accepted']);
    expect(report).toContainEqual(['主要成效 Main results', written.mainResults]);
    expect(report.some((r) => r[0] === '未答复的客户意见 Opinions not answered' && /^\d+$/.test(r[1]!))).toBe(true);
    expect(report.some((r) => r[0] === '审核通过 Accepted' && r[1]!.includes('李静'))).toBe(true);
    expect(text('计划进度 Progress')[1]).toEqual(['VIP客户 VIP', '4', '3', '75%', '1', '1']);
    expect(text('回访渠道 Channels').at(-1)).toEqual(['合计 Total', '2', '1', '1', '2', '6']);
    expect(text('待跟进事项 Open items').map((r) => r[2])).toEqual(['事项 Item', '发票寄送慢', '希望增加培训']);
  });

  it('lists a quarter’s reports in the caller’s scope, refuses a quarter not begun and hides another unit’s report', async () => {
    const all = await api.call('GET', `/revisit-reports?quarter=${q}`, { as: callers.salesHead });
    expect(all.body.items.map((r: { unitId: string; status: string }) => [r.unitId, r.status])).toEqual([['east', 'accepted'], ['north', 'draft'], ['south', 'draft']]);
    const own = await api.call('GET', '/revisit-reports', { as: callers.eastHead });
    expect(own.body).toMatchObject({ quarter: q, items: [{ unitId: 'east', status: 'accepted' }] });
    expect((await api.call('GET', reportPath, { as: northHead })).status).toBe(404);
    const next = periodOf('quarter', new Date(Date.parse(quarter.end) + 1000)).id;
    const future = await api.call('GET', `/revisit-reports/east/${next}`, { as: callers.salesHead });
    expect(future.status).toBe(400);
    expect(future.body.error.code).toBe('revisit_report_quarter');
    const malformed = await api.call('GET', '/revisit-reports/east/2026-Q5', { as: callers.salesHead });
    expect(malformed.status).toBe(400);
    expect(Object.keys(malformed.body.error.fields)).toEqual(['quarter']);
    expect((await api.call('GET', `/revisit-reports/east/${previousPeriod(quarter).id}`, { as: callers.salesHead })).body.report.status).toBe('draft');
  });
});
