import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opinionDeps } from '../../functions/opinions/deps';
import { flagOverdueOpinions } from '../../functions/opinions/use-cases/flag-overdue-opinions';
import { InboxRepository } from '../../functions/core/repositories/inbox.repository';
import { periodOf } from '../../shared/revisits/periods';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();
const hour = 3_600_000;
const office = { id: 'office.liu', name: '刘洋', role: 'office' as const };

async function customer(as: (typeof callers)[keyof typeof callers], name: string) {
  const made = await api.call('POST', '/customers', { as, body: { name, creditCode: newCreditCode(), kind: 'main-business', creditRating: 'A' } });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body.id as string;
}

let east: string;
let north: string;
let revisitId: string;
let inquiryId: string;
let feedback: { meetingId: string; feedbackId: string; requestId: string };

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
  east = await customer(callers.eastStaff, '意见华东有限公司');
  north = await customer(callers.northStaff, '意见华北有限公司');

  // ① A revisit with the customer's opinions, and one without (nothing to register).
  const withOpinion = await api.call('POST', `/customers/${east}/revisits`, {
    as: callers.eastStaff,
    body: { visitedAt: new Date(Date.now() - hour).toISOString(), channel: 'phone', visitors: [{ name: '周婷', rank: 'salesperson' }], opinions: '希望包装更结实', satisfaction: 4 },
  });
  expect(withOpinion.status, JSON.stringify(withOpinion.body)).toBe(201);
  revisitId = withOpinion.body.id;
  await api.call('POST', `/customers/${east}/revisits`, {
    as: callers.eastStaff,
    body: { visitedAt: new Date(Date.now() - hour).toISOString(), channel: 'sms', visitors: [{ name: '周婷', rank: 'salesperson' }], satisfaction: 5 },
  });
  // ② An inquiry (and a complaint, which is not an opinion for the register).
  const inquiry = await api.call('POST', '/service-requests', {
    as: callers.northStaff,
    body: { customerId: north, kind: 'inquiry', channel: 'phone', contact: { name: '冯先生' }, statement: '能否延长账期到 60 天？' },
  });
  inquiryId = inquiry.body.id;
  await api.call('POST', '/service-requests', { as: callers.northStaff, body: { customerId: north, kind: 'complaint', channel: 'phone', contact: { name: '冯先生' }, statement: '送货晚了两天' } });
  // ③ Feedback at a meeting, turned into a request (which names it back, and the register names the request).
  const meeting = await api.call('POST', '/meetings', {
    as: callers.sales,
    body: { topic: '客户交流会', kind: 'exchange', startsAt: new Date(Date.now() - hour).toISOString(), place: '会议室', hostIds: ['sales.head'] },
  });
  await api.call('POST', `/meetings/${meeting.body.id}/invitations`, { as: callers.sales, body: { customerIds: [east] } });
  const fed = await api.call('POST', `/meetings/${meeting.body.id}/feedback`, { as: callers.sales, body: { customerId: east, text: '建议每季度开一次交流会' } });
  const feedbackId = fed.body.feedback[0].id;
  const request = await api.call('POST', `/meetings/${meeting.body.id}/feedback/${feedbackId}/service-request`, { as: callers.sales, body: { kind: 'inquiry', contact: { name: '钱立群' } } });
  expect(request.status, JSON.stringify(request.body)).toBe(201);
  feedback = { meetingId: meeting.body.id, feedbackId, requestId: request.body.serviceRequest.id };
});
afterAll(() => api?.close());

describe('the register collects every opinion with its source', () => {
  it('holds the revisit’s opinions, the inquiry and the meeting’s feedback, each linked to its source, once', async () => {
    const all = await api.call('GET', '/opinions', { as: callers.salesHead });
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    const bySource = Object.fromEntries(all.body.items.map((o: { source: { kind: string } }) => [o.source.kind, o]));
    expect(all.body.items).toHaveLength(3);
    expect(bySource.revisit).toMatchObject({ id: `rv-${revisitId}`, text: '希望包装更结实', customerId: east, status: 'open', source: { revisitId } });
    expect(bySource['service-request']).toMatchObject({ id: `sr-${inquiryId}`, text: '能否延长账期到 60 天？', unitId: 'north', source: { serviceRequestId: inquiryId } });
    // The inquiry made from the feedback is not registered twice: the feedback's entry names it.
    expect(bySource.meeting).toMatchObject({ text: '建议每季度开一次交流会', source: { meetingId: feedback.meetingId, feedbackId: feedback.feedbackId, serviceRequestId: feedback.requestId } });
  });

  it('filters by source and status, and keeps a unit user to their unit (Finance out)', async () => {
    const fromMeetings = await api.call('GET', '/opinions?source=meeting', { as: callers.sales });
    expect(fromMeetings.body.items.map((o: { source: { kind: string } }) => o.source.kind)).toEqual(['meeting']);
    const eastOnes = await api.call('GET', '/opinions?unitId=north', { as: callers.eastStaff });
    expect(eastOnes.body.items.every((o: { unitId: string }) => o.unitId === 'east')).toBe(true);
    expect(eastOnes.body.items).toHaveLength(2);
    expect((await api.call('GET', `/opinions/sr-${inquiryId}`, { as: callers.eastStaff })).status).toBe(404);
    expect((await api.call('GET', '/opinions', { as: callers.finance })).status).toBe(403);
    expect((await api.call('GET', '/opinions?status=answered', { as: callers.sales })).body.items).toEqual([]);
  });
});

describe('handling an opinion', () => {
  it('is passed on, decided and answered — the answer closes it — by those who may', async () => {
    const path = `/opinions/sr-${inquiryId}/actions`;
    expect((await api.call('POST', path, { as: office, body: { action: 'decide', decision: '同意' } })).status).toBe(403);
    const passed = await api.call('POST', path, { as: callers.sales, body: { action: 'pass', department: 'finance', dueDate: '2099-01-31' } });
    expect(passed.body).toMatchObject({ passedTo: 'finance', dueDate: '2099-01-31', passedBy: { name: '张伟' } });
    const inbox = new InboxRepository(client, tableName);
    const told = await inbox.list('finance.zhao', { limit: 20 });
    expect(told.items.map((n: { kind: string }) => n.kind)).toContain('opinion');
    const early = await api.call('POST', path, { as: callers.northStaff, body: { action: 'answer', answeredOn: '2026-01-01', channel: 'phone', note: '已告知' } });
    expect(early).toMatchObject({ status: 400, body: { error: { fields: { action: expect.any(String) } } } });
    expect((await api.call('POST', path, { as: callers.northStaff, body: { action: 'decide', decision: '账期延长至 45 天' } })).status).toBe(200);
    const today = new Date(Date.now() + 8 * hour).toISOString().slice(0, 10);
    const answered = await api.call('POST', path, { as: callers.northStaff, body: { action: 'answer', answeredOn: today, channel: 'phone', note: '已电话告知客户' } });
    expect(answered.body).toMatchObject({ status: 'answered', decision: { text: '账期延长至 45 天' }, answer: { on: today, channel: 'phone', by: { name: '冯雪' } } });
    const again = await api.call('POST', path, { as: callers.sales, body: { action: 'decide', decision: '改主意' } });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'opinion.notOpen' } } });
    const smuggled = await api.call('POST', path, { as: callers.sales, body: { action: 'decide', decision: '改主意', status: 'open' } });
    expect(smuggled.status).toBe(400);
  });
});

describe('open opinions age and are escalated', () => {
  it('flags an opinion past its answer date once and tells the heads, the office and its recorder', async () => {
    const later = { ...opinionDeps(client, tableName), now: () => new Date(Date.now() + 20 * 24 * hour) };
    const first = await flagOverdueOpinions(later);
    expect(first.flagged).toBe(2);
    expect((await flagOverdueOpinions(later)).flagged).toBe(0);
    const stored = await api.call('GET', `/opinions/rv-${revisitId}`, { as: callers.eastHead });
    expect(stored.body.overdueSince).toBeDefined();
    const inbox = new InboxRepository(client, tableName);
    for (const who of ['sales.head', 'office.liu', 'east.staff']) {
      const items = await inbox.list(who, { limit: 50 });
      expect(items.items.some((n: { kind: string; link?: string }) => n.kind === 'opinion' && n.link === '/opinions?overdue=true'), who).toBe(true);
    }
  });
});

describe('the register in the quarterly revisit report and as a file', () => {
  it('counts the unit’s open opinions among the problems still unsolved', async () => {
    const q = periodOf('quarter', new Date()).id;
    const report = await api.call('GET', `/revisit-reports/east/${q}`, { as: callers.eastHead });
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body.figures.openOpinions).toBe(2);
    const north = await api.call('GET', `/revisit-reports/north/${q}`, { as: callers.salesHead });
    expect(north.body.figures.openOpinions).toBe(0);
  });

  it('exports the filtered register to .xlsx through a presigned link', async () => {
    const res = await api.download('GET', '/opinions/export?source=revisit', { as: callers.sales });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.raw as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(3).text).toBe('意见内容');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(3).text).toBe('希望包装更结实');
    expect(sheet.getRow(2).getCell(5).text).toBe(`revisit ${revisitId}`);
  });
});

describe('open opinions on the 工作台', () => {
  /** The caller's to-do of open opinions, and the register's list its link opens, as the SPA would call it. */
  async function todoAndList(as: (typeof callers)[keyof typeof callers] | typeof office) {
    const home = await api.call('GET', '/home', { as });
    expect(home.status, JSON.stringify(home.body)).toBe(200);
    const todo = home.body.todos.find((t: { kind: string }) => t.kind === 'opinions-open') as { count: number; link: string } | undefined;
    if (!todo) return { count: 0 };
    const list = await api.call('GET', todo.link, { as });
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.items, todo.link).toHaveLength(todo.count);
    return { count: todo.count, link: todo.link, items: list.body.items as { id: string }[] };
  }

  it('counts what the linked list shows: a unit its customers’ open ones, a department those waiting on it', async () => {
    const unit = await todoAndList(callers.eastStaff);
    expect(unit).toMatchObject({ count: 2, link: '/opinions?status=open' });
    const sales = await todoAndList(callers.sales);
    expect(sales).toMatchObject({ count: 2, link: '/opinions?waitingOn=sales' });
    expect((await todoAndList(office)).count).toBe(0);

    const passed = await api.call('POST', `/opinions/rv-${revisitId}/actions`, { as: callers.sales, body: { action: 'pass', department: 'office', dueDate: '2099-01-31' } });
    expect(passed.status, JSON.stringify(passed.body)).toBe(200);
    const toOffice = await todoAndList(office);
    expect(toOffice).toMatchObject({ count: 1, link: '/opinions?waitingOn=office', items: [expect.objectContaining({ id: `rv-${revisitId}` })] });
    expect((await todoAndList(callers.sales)).count).toBe(1);
    // Still the unit's customer's: the unit keeps it on its 工作台 until answered.
    expect((await todoAndList(callers.eastHead)).count).toBe(2);
    expect((await todoAndList(callers.northStaff)).count).toBe(0);
    const finance = await api.call('GET', '/home', { as: callers.finance });
    expect(finance.body.todos.map((t: { kind: string }) => t.kind)).not.toContain('opinions-open');
  });
});
