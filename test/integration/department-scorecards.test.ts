import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InboxRepository } from '../../functions/core/repositories/inbox.repository';
import { departmentIndicatorDefaults } from '../../shared/assessments/department-indicators';
import { periodOf } from '../../shared/revisits/periods';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { client, tableName } = testTable();
const inbox = new InboxRepository(client, tableName);
let api: Awaited<ReturnType<typeof startApi>>;
const office = { id: 'office.liu', name: '刘芳', role: 'office' as const };
const leader = { id: 'leader', name: '陈志远', role: 'leadership' as const };
const quarter = periodOf('quarter', new Date()).id;
const finance = `/assessments/departments/finance/${quarter}`;
const allScores = (score: number) => ({
  scores: departmentIndicatorDefaults.indicators.map((d) => ({ code: d.code, score: Math.min(score, d.maxScore), comment: `${d.name['zh-CN']}：情况良好` })),
  overallComment: '财务部本季度对账类请求处理及时，客户评价较好；个别请求转办后答复偏慢。',
});
const row = (body: { rows: { definition: { code: string }; computed: { value: number | null; numerator?: number; denominator?: number } }[] }, code: string) =>
  body.rows.find((r) => r.definition.code === code)!.computed;

async function financeRequest(resolve: boolean) {
  const received = await api.call('POST', '/service-requests', {
    as: callers.finance,
    body: { customerId, kind: 'inquiry', channel: 'phone', contact: { name: '王建国' }, statement: '对账单金额与发票不符。' },
  });
  expect(received.status, JSON.stringify(received.body)).toBe(201);
  if (resolve) {
    const done = await api.call('POST', `/service-requests/${received.body.id}/actions`, { as: callers.finance, body: { action: 'resolve', resolution: '已核对更正', satisfaction: 5 } });
    expect(done.status).toBe(200);
  }
}

let customerId = '';
beforeAll(async () => {
  await seedStaff();
  api = await startApi();
  const c = await api.call('POST', '/customers', { as: callers.eastStaff, body: { name: '无锡部门考核接口测试有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'A' } });
  customerId = c.body.id;
  await financeRequest(true);
});
afterAll(() => api?.close());

describe('the General Office assesses a department’s quarter (第六条〔八〕)', () => {
  it('lists the departments it assesses to the office, and to a department’s head only their own', async () => {
    const all = await api.call('GET', '/assessments/departments', { as: office });
    expect(all.status).toBe(200);
    const subjects = all.body.items.map((i: { subject: string }) => i.subject);
    expect(subjects.slice(0, 3)).toEqual(['sales', 'finance', 'unit:east']);
    expect(subjects).not.toContain('office');
    expect(all.body.items[1]).toMatchObject({ subjectName: { 'zh-CN': '财务部', en: 'Finance' }, state: 'draft', opened: false });
    const own = await api.call('GET', '/assessments/departments', { as: callers.eastHead });
    expect(own.body.items.map((i: { subject: string }) => i.subject)).toEqual(['unit:east']);
  });

  it('shows the figures computed from the department’s requests, and hides them from other departments’ heads', async () => {
    const res = await api.call('GET', finance, { as: office });
    expect(res.status).toBe(200);
    expect(res.body.allowed).toEqual(['save', 'submit']);
    expect(row(res.body, 'resolution-rate')).toEqual({ code: 'resolution-rate', value: 1, numerator: 1, denominator: 1 });
    expect(row(res.body, 'satisfaction').value).toBe(5);
    expect(row(res.body, 'complaints').value).toBe(0);
    expect(row(res.body, 'transfers-per-request')).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
    expect(res.body.maxTotal).toBe(100);
    expect((await api.call('GET', finance, { as: callers.eastHead })).status).toBe(404);
    expect((await api.call('GET', finance, { as: callers.salesHead })).status).toBe(404);
    expect((await api.call('GET', `/assessments/departments/office/${quarter}`, { as: office })).status).toBe(404);
    expect((await api.call('GET', `/assessments/departments/unit:west/${quarter}`, { as: office })).status).toBe(404);
  });

  it('takes a draft, refuses an incomplete submission, then submits with the figures frozen; Finance objects, the office revises, Finance acknowledges', async () => {
    const opened = await api.call('GET', finance, { as: office });
    const draft = await api.call('PUT', finance, { as: office, body: { scores: [{ code: 'resolution-rate', score: 15, comment: '全部办结' }], overallComment: '' }, headers: { 'if-match': opened.headers.get('etag')! } });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    expect(draft.body.scorecard.state).toBe('draft');
    const incomplete = await api.call('POST', `${finance}/submit`, { as: office, body: { scores: [], overallComment: '' }, headers: { 'if-match': draft.headers.get('etag')! } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.fields).toHaveProperty('overallComment');
    // Nobody else writes it: Finance, whose department it is, may not submit it.
    expect((await api.call('POST', `${finance}/submit`, { as: callers.finance, body: allScores(8), headers: { 'if-match': draft.headers.get('etag')! } })).status).toBe(403);

    const submitted = await api.call('POST', `${finance}/submit`, { as: office, body: allScores(8), headers: { 'if-match': draft.headers.get('etag')! } });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({ frozen: true, total: 64, scorecard: { state: 'submitted' } });
    expect((await inbox.list('finance.zhao', { limit: 50 })).items.map((n: { kind: string }) => n.kind)).toContain('assessment-submitted');

    // A request received after the submission does not move the submitted figures.
    await financeRequest(false);
    const seen = await api.call('GET', finance, { as: callers.finance });
    expect(row(seen.body, 'resolution-rate')).toMatchObject({ value: 1, denominator: 1 });
    expect(seen.body.allowed).toEqual(['acknowledge', 'object']);

    const objected = await api.call('POST', `${finance}/object`, { as: callers.finance, body: { reason: '第二件请求尚在处理期限内，不应计为未办结。' }, headers: { 'if-match': seen.headers.get('etag')! } });
    expect(objected.status).toBe(200);
    expect(objected.body.scorecard.state).toBe('objected');
    expect((await inbox.list('office.liu', { limit: 50 })).items.map((n: { kind: string }) => n.kind)).toContain('assessment-objected');

    // Revised and submitted again: the figures are those of now (two requests, one closed).
    const again = await api.call('POST', `${finance}/submit`, { as: office, body: allScores(9), headers: { 'if-match': objected.headers.get('etag')! } });
    expect(again.status).toBe(200);
    expect(row(again.body, 'resolution-rate')).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    const acknowledged = await api.call('POST', `${finance}/acknowledge`, { as: callers.finance, body: { remark: '已知悉，将改进转办答复时限。' }, headers: { 'if-match': again.headers.get('etag')! } });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body.scorecard.state).toBe('acknowledged');
    expect(acknowledged.body.scorecard.history.map((h: { action: string }) => h.action)).toEqual(['save', 'submit', 'object', 'submit', 'acknowledge']);
    expect(acknowledged.body.allowed).toEqual([]);
  });

  it('exports the scorecard as .xlsx for leadership, with the figures and the written evaluation', async () => {
    const res = await api.download('GET', `${finance}/export`, { as: leader });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
    const about = wb.getWorksheet('考核表 Scorecard')!;
    expect(about.getRow(2).values).toEqual([undefined, '被考核方 Assessed', '财务部 Finance']);
    const indicators = wb.getWorksheet('考核指标 Indicators')!;
    const rate = indicators.getRows(2, indicators.rowCount - 1)!.find((r) => String(r.getCell(1).value).startsWith('办结率'))!;
    expect([rate.getCell(2).value, rate.getCell(3).value]).toEqual(['50%', '1/2']);
    expect(wb.getWorksheet('记录 History')!.rowCount).toBe(6);
  });
});
