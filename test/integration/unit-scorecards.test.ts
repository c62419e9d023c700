import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer, Tier } from '../../shared/schemas/customer.schema';
import { keys } from '../../functions/core/keys';
import { AttachmentRepository } from '../../functions/core/repositories/attachment.repository';
import { CustomerRepository } from '../../functions/core/repositories/customer.repository';
import { RevisitReportRepository } from '../../functions/core/repositories/revisit-report.repository';
import { newReport } from '../../shared/revisits/report-state';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

/**
 * One closed quarter of the east unit, every fact placed by hand, and the scorecard Sales scores from it.
 * 2026-Q3 is over on any day this runs (the figures of a closed quarter do not move with the clock).
 */
let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();
const customers = new CustomerRepository(client, tableName);
const attachments = new AttachmentRepository(client, tableName);
const reports = new RevisitReportRepository(client, tableName);
const q = '2026-Q3';
const path = `/assessments/units/east/${q}`;
const northHead = { id: 'north.head', name: '郑涛', role: 'unit-head' as const, unitId: 'north' };

let seq = 0;
async function seedCustomer(tier: Tier, unitId: string, over: Partial<Customer> = {}): Promise<Customer> {
  const at = '2025-01-01T00:00:00.000Z';
  const c: Customer = {
    id: `sc-${tier}-${unitId}-${++seq}`, name: `考核测试${tier}${seq}有限公司`, creditCode: newCreditCode(), kind: 'main-business', tier,
    annualAmountFen: 0, creditRating: 'AA', unitId, ownerId: unitId === 'east' ? 'east.staff' : 'north.staff', contacts: [], notes: '',
    createdAt: at, updatedAt: at, createdBy: 'seed', updatedBy: 'seed', version: 1, ...over,
  };
  await customers.create(c);
  return c;
}

async function revisit(c: Customer, visitedAt: string, channel: string, rank: string) {
  const res = await api.call('POST', `/customers/${c.id}/revisits`, { as: callers.eastStaff, body: { visitedAt, channel, visitors: [{ name: '孙强', rank }], satisfaction: 4 } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

/** A request received now, then placed in the quarter: promised on `expectedDate`, closed at `closedAt` or still open. */
async function request(c: Customer, expectedDate: string, closedAt?: string) {
  const res = await api.call('POST', '/service-requests', { as: callers.eastStaff, body: { customerId: c.id, kind: 'inquiry', channel: 'phone', contact: { name: '王建国' }, statement: '咨询' } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  await client.send(
    new UpdateCommand({
      TableName: tableName,
      Key: keys.serviceRequest(res.body.id),
      UpdateExpression: closedAt ? 'SET expectedDate = :d, #s = :c, closedAt = :at' : 'SET expectedDate = :d, #s = :p',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: closedAt ? { ':d': expectedDate, ':c': 'closed', ':at': closedAt } : { ':d': expectedDate, ':p': 'in-progress' },
    }),
  );
}

let vip: Customer;
let key: Customer;

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
  const phone = [{ name: '李联系', phone: '13800000000' }];
  // Complete archive with a stored licence, verified in March: fresh at the quarter's end.
  vip = await seedCustomer('vip', 'east', { legalRepresentative: '王法人', registeredAddress: '上海市浦东新区', contacts: phone, lastVerifiedAt: '2026-03-01T02:00:00.000Z' });
  // No licence file; verified 2025-08-01, stale from 2026-08-02.
  key = await seedCustomer('key', 'east', { legalRepresentative: '钱法人', registeredAddress: '南京市', contacts: phone, lastVerifiedAt: '2025-08-01T02:00:00.000Z' });
  // Never verified since 2025-01-01: stale.
  const general = await seedCustomer('general', 'east');
  const north = await seedCustomer('vip', 'north');
  await attachments.create({
    id: 'lic-1', customerId: vip.id, category: 'business-licence', fileName: '营业执照.pdf', contentType: 'application/pdf', size: 1000, objectKey: 'x',
    status: 'stored', uploadedBy: { id: 'east.staff', name: '周婷', role: 'unit-staff' }, requestedAt: '2026-03-01T02:00:00.000Z', storedAt: '2026-03-01T02:00:01.000Z',
  });

  // Revisits of Q3: the VIP's on-site manager visit meets its quarter; the key customer's phone call does not;
  // the general customer is called in July and September, not August (2 of 3 months). North's does not count.
  await revisit(vip, '2026-08-10T02:00:00.000Z', 'on-site', 'manager');
  await revisit(key, '2026-08-11T02:00:00.000Z', 'phone', 'manager');
  await revisit(general, '2026-07-15T02:00:00.000Z', 'sms', 'salesperson');
  await revisit(general, '2026-09-15T02:00:00.000Z', 'phone', 'salesperson');
  await api.call('POST', `/customers/${north.id}/revisits`, { as: callers.northStaff, body: { visitedAt: '2026-08-10T02:00:00.000Z', channel: 'phone', visitors: [{ name: '冯雪', rank: 'salesperson' }], satisfaction: 3 } });

  // Requests promised in Q3: on time (18:00 Shanghai the same day), late (01:00 the next day), still open; one promised in Q4.
  await request(key, '2026-07-10', '2026-07-10T10:00:00.000Z');
  await request(key, '2026-08-31', '2026-08-31T17:00:00.000Z');
  await request(general, '2026-09-30');
  await request(general, '2026-10-05');

  // A reception of the VIP in August: of its first three steps one done on time, one late, one never done.
  const registered = await api.call('POST', '/visits', {
    as: callers.eastStaff,
    body: { customerId: vip.id, visitors: [{ name: '钱立群', title: '总经理', rank: 'manager' }], arrivalAt: new Date(Date.now() + 86_400_000).toISOString(), departureAt: new Date(Date.now() + 90_000_000).toISOString(), purpose: '季度交流', headcount: 2 },
  });
  expect(registered.status, JSON.stringify(registered.body)).toBe(201);
  const v = registered.body as { id: string; steps: { id: string }[] };
  expect(v.steps.length).toBeGreaterThanOrEqual(3);
  const due = '2026-08-09T02:00:00.000Z';
  const steps = v.steps.slice(0, 3).map((s, i) => ({
    ...s,
    dueAt: due,
    status: i < 2 ? 'done' : 'open',
    ...(i === 0 ? { doneAt: '2026-08-09T01:00:00.000Z' } : i === 1 ? { doneAt: '2026-08-09T05:00:00.000Z' } : {}),
  }));
  await client.send(
    new UpdateCommand({
      TableName: tableName,
      Key: keys.visit(v.id),
      UpdateExpression: 'SET arrivalAt = :a, departureAt = :d, steps = :s, #st = :open, GSI1SK = :sk',
      ExpressionAttributeNames: { '#st': 'status' },
      ExpressionAttributeValues: { ':a': '2026-08-10T02:00:00.000Z', ':d': '2026-08-10T08:00:00.000Z', ':s': steps, ':open': 'open', ':sk': `2026-08-10T02:00:00.000Z#${v.id}` },
    }),
  );

  // The quarter's revisit report, first submitted on 2026-10-12: within 15 days.
  const draft = newReport('east', q);
  await reports.replace(draft, { ...draft, status: 'submitted', submissions: [{ by: { id: 'east.head', name: '孙强' }, at: '2026-10-12T02:00:00.000Z' }], version: 1 });
}, 120_000);
afterAll(() => api?.close());

const valueOf = (rows: { definition: { code: string }; computed: { value: number | null; numerator?: number; denominator?: number } }[], code: string) =>
  rows.find((r) => r.definition.code === code)!.computed;

describe('a unit’s quarterly scorecard', () => {
  it('computes each indicator from the quarter’s records', async () => {
    const res = await api.call('GET', path, { as: callers.sales });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('etag')).toBe('"0"');
    const { rows, scorecard, frozen, allowed } = res.body;
    expect(scorecard).toMatchObject({ kind: 'unit', subject: 'east', quarter: q, state: 'draft', version: 0 });
    expect(frozen).toBe(false);
    expect(allowed).toEqual(['save', 'submit']);
    expect(valueOf(rows, 'archive-completeness')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(valueOf(rows, 'archive-freshness')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(valueOf(rows, 'revisit-coverage-vip')).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(valueOf(rows, 'revisit-coverage-key')).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
    expect(valueOf(rows, 'revisit-coverage-general')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(valueOf(rows, 'service-overdue')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(valueOf(rows, 'reception-on-time')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(valueOf(rows, 'revisit-report-on-time')).toEqual({ code: 'revisit-report-on-time', value: 0 });
  });

  it('shows a unit’s own people their scorecard, and no one else’s', async () => {
    expect((await api.call('GET', path, { as: callers.eastStaff })).status).toBe(200);
    expect((await api.call('GET', path, { as: callers.northStaff })).status).toBe(404);
    const list = await api.call('GET', `/assessments/units?quarter=${q}`, { as: callers.eastHead });
    expect(list.body.items.map((i: { subject: string }) => i.subject)).toEqual(['east']);
    const all = await api.call('GET', `/assessments/units?quarter=${q}`, { as: callers.admin });
    expect(all.body.items.map((i: { subject: string }) => i.subject)).toEqual(expect.arrayContaining(['east', 'north', 'south']));
  });

  it('takes no state, computed value or history from the caller', async () => {
    const res = await api.call('PUT', path, { as: callers.sales, body: { scores: [], overallComment: '', state: 'acknowledged', computed: [], history: [] }, headers: { 'if-match': '"0"' } });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(expect.arrayContaining(['state', 'computed', 'history']));
  });

  it('goes from Sales’ scores to the unit head’s acknowledgement, frozen and kept in the history', async () => {
    const view = (await api.call('GET', path, { as: callers.sales })).body;
    const scores = view.rows.map((r: { definition: { code: string; maxScore: number } }) => ({ code: r.definition.code, score: r.definition.maxScore - 1, comment: '' }));
    const saved = await api.call('PUT', path, { as: callers.sales, body: { scores: scores.slice(0, 2), overallComment: '' }, headers: { 'if-match': '"0"' } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const early = await api.call('POST', `${path}/submit`, { as: callers.sales, body: { scores: scores.slice(0, 2), overallComment: '' }, headers: { 'if-match': '"1"' } });
    expect(early.status).toBe(400);
    expect(early.body.error.fields).toMatchObject({ overallComment: '提交前须填写总体评价。', 'scores.service-overdue': '提交前须为每项指标打分。' });
    const submitted = await api.call('POST', `${path}/submit`, { as: callers.sales, body: { scores, overallComment: '档案与回访基本到位，关键客户回访须补齐。' }, headers: { 'if-match': '"1"' } });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({ frozen: true, total: 92, maxTotal: 100, scorecard: { state: 'submitted', version: 2 } });

    // The unit head was told; the north head may not answer for east.
    const inbox = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'INBOX#east.head' } }));
    expect((inbox.Items ?? []).map((i) => i.kind)).toContain('assessment-submitted');
    expect((await api.call('POST', `${path}/acknowledge`, { as: northHead, body: {}, headers: { 'if-match': '"2"' } })).status).toBe(404);

    // An administrator changes the indicators meanwhile: the submitted scorecard keeps its own.
    const current = await api.call('GET', '/settings/assessment-indicators/unit', { as: callers.admin });
    const changed = await api.call('PUT', '/settings/assessment-indicators/unit', {
      as: callers.admin,
      body: { indicators: current.body.indicators.slice(1) },
      headers: { 'if-match': current.headers.get('etag')! },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);

    const ack = await api.call('POST', `${path}/acknowledge`, { as: callers.eastHead, body: { remark: '认可' }, headers: { 'if-match': '"2"' } });
    expect(ack.status, JSON.stringify(ack.body)).toBe(200);
    expect(ack.body.scorecard.state).toBe('acknowledged');
    expect(ack.body.allowed).toEqual([]);
    expect(ack.body.rows.map((r: { definition: { code: string } }) => r.definition.code)[0]).toBe('archive-completeness');
    expect(ack.body.scorecard.history.map((h: { action: string; by: { name: string } }) => [h.action, h.by.name])).toEqual([
      ['save', '张伟'],
      ['submit', '张伟'],
      ['acknowledge', '孙强'],
    ]);
    const again = await api.call('PUT', path, { as: callers.sales, body: { scores, overallComment: 'x' }, headers: { 'if-match': '"3"' } });
    expect(again.status).toBe(409);

    const list = await api.call('GET', `/assessments/units?quarter=${q}`, { as: callers.admin });
    expect(list.body.items.find((i: { subject: string }) => i.subject === 'east')).toMatchObject({ state: 'acknowledged', opened: true, total: 92, maxTotal: 100 });
    const exported = await api.call('GET', `${path}/export`, { as: callers.eastStaff });
    expect(exported.status).toBe(200);
    expect(exported.body.fileName).toContain(q);
  });
  it('lets the unit head object with a reason, Sales revise and resubmit, and tells each side', async () => {
    const other = '/assessments/units/east/2026-Q2';
    const view = (await api.call('GET', other, { as: callers.salesHead })).body;
    const scores = view.rows.map((r: { definition: { code: string } }) => ({ code: r.definition.code, score: 5, comment: '' }));
    const first = await api.call('POST', `${other}/submit`, { as: callers.salesHead, body: { scores, overallComment: '初评' }, headers: { 'if-match': '"0"' } });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect((await api.call('POST', `${other}/object`, { as: callers.eastHead, body: { reason: ' ' }, headers: { 'if-match': '"1"' } })).status).toBe(400);
    const objected = await api.call('POST', `${other}/object`, { as: callers.eastHead, body: { reason: '二季度回访数据漏计两次上门' }, headers: { 'if-match': '"1"' } });
    expect(objected.status, JSON.stringify(objected.body)).toBe(200);
    expect(objected.body).toMatchObject({ frozen: false, allowed: [], scorecard: { state: 'objected' } });
    const inbox = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'INBOX#sales.head' } }));
    expect((inbox.Items ?? []).map((i) => i.kind)).toContain('assessment-objected');

    const revised = scores.map((s: { code: string }) => ({ ...s, score: 6 }));
    const again = await api.call('POST', `${other}/submit`, { as: callers.sales, body: { scores: revised, overallComment: '复核后调整' }, headers: { 'if-match': '"2"' } });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.scorecard.history.map((h: { action: string; to: string; note?: string }) => [h.action, h.to, h.note ?? ''])).toEqual([
      ['submit', 'submitted', ''],
      ['object', 'objected', '二季度回访数据漏计两次上门'],
      ['submit', 'submitted', ''],
    ]);
    expect(again.body.total).toBe(6 * scores.length);
  });
});
