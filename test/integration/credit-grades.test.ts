import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/core/keys';
import { TierSettingsRepository } from '../../functions/core/repositories/tier-settings.repository';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { startImport, waitForImport, workbookOf } from '../support/imports';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { client, tableName } = testTable();
let api: Awaited<ReturnType<typeof startApi>>;

const create = (creditRating: string, headers: Record<string, string> = {}) =>
  api.call('POST', '/customers', { as: callers.eastStaff, body: { name: `信用等级测试${newCreditCode().slice(-6)}有限公司`, creditCode: newCreditCode(), kind: 'main-business', creditRating }, headers });

async function setGrades(creditGrades: string[], goodCreditRatings: string[]) {
  const current = await api.call('GET', '/settings/tiers', { as: callers.admin });
  const res = await api.call('PUT', '/settings/tiers', {
    as: callers.admin,
    body: { ...current.body.settings, creditGrades, goodCreditRatings },
    headers: { 'if-match': current.headers.get('etag')! },
  });
  return res;
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('credit grades are an administrator’s setting (R2)', () => {
  it('reads settings stored before the grades were a setting with the policy’s five grades', async () => {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...keys.tierSettings(), type: 'tier-settings', version: 1, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'admin',
          settings: { vipThresholdFen: 50_000_000, keyThresholdFen: 10_000_000, goodCreditRatings: ['AAA'], period: 'trailing-12-months' } },
      }),
    );
    const stored = await new TierSettingsRepository(client, tableName).get();
    expect(stored.settings).toMatchObject({ creditGrades: ['AAA', 'AA', 'A', 'B', 'C'], goodCreditRatings: ['AAA'] });
  });

  it('refuses a grade that is not set, on the field, in both languages; takes one typed in another case as the setting spells it', async () => {
    const zh = await create('A+');
    expect(zh.status).toBe(400);
    expect(zh.body.error.fields).toEqual({ creditRating: '该信用等级不在管理员设置的等级中，请从列表中选择。' });
    const en = await create('A+', { 'accept-language': 'en' });
    expect(en.body.error.fields.creditRating).toBe('This is not one of the credit grades the administrator has set; choose one from the list.');
    const typed = await create('aa');
    expect(typed.status, JSON.stringify(typed.body)).toBe(201);
    expect(typed.body.creditRating).toBe('AA');
  });

  it('refuses a grade list with a duplicate or a good grade outside it, and changes nothing', async () => {
    const before = await api.call('GET', '/settings/tiers', { as: callers.admin });
    const dup = await setGrades(['AAA', 'AA', 'aa'], ['AAA']);
    expect(dup.status).toBe(400);
    expect(Object.keys(dup.body.error.fields)).toEqual(['creditGrades']);
    const outside = await setGrades(['AAA', 'AA'], ['AAA', 'A']);
    expect(outside.status).toBe(400);
    expect(outside.body.error.fields).toEqual({ goodCreditRatings: '“付款信用优秀”的等级必须是已设置的信用等级之一。' });
    const after = await api.call('GET', '/settings/tiers', { as: callers.admin });
    expect(after.body).toEqual(before.body);
  });

  it('accepts a grade as soon as the administrator adds it; a retired grade stays on its customers and edits that keep it work', async () => {
    const holder = await create('C');
    expect(holder.status).toBe(201);

    const saved = await setGrades(['AAA', 'A+', 'AA', 'A', 'B'], ['AAA', 'A+']);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const added = await create('A+');
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect((await create('C')).status).toBe(400);

    const path = `/customers/${holder.body.id}`;
    const kept = await api.call('PATCH', path, { as: callers.eastStaff, body: { notes: '等级已停用，暂不调整', creditRating: 'C' }, headers: { 'if-match': `"${holder.body.version}"` } });
    expect(kept.status, JSON.stringify(kept.body)).toBe(200);
    expect(kept.body).toMatchObject({ creditRating: 'C', notes: '等级已停用，暂不调整' });
    const moved = await api.call('PATCH', path, { as: callers.eastStaff, body: { creditRating: 'D' }, headers: { 'if-match': `"${kept.body.version}"` } });
    expect(moved.status).toBe(400);
    expect(Object.keys(moved.body.error.fields)).toEqual(['creditRating']);
    const regraded = await api.call('PATCH', path, { as: callers.eastStaff, body: { creditRating: 'a+' }, headers: { 'if-match': `"${kept.body.version}"` } });
    expect(regraded.status, JSON.stringify(regraded.body)).toBe(200);
    expect(regraded.body.creditRating).toBe('A+');

    const history = await api.call('GET', '/settings/tiers/history', { as: callers.admin });
    expect((history.body.items ?? history.body)[0]).toMatchObject({ settings: { creditGrades: ['AAA', 'A+', 'AA', 'A', 'B'] } });
  });

  it('offers the set grades in the import template and names them when an imported row has another', async () => {
    const template = await api.call('GET', '/customers/import-template', { as: callers.eastStaff });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.raw as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getCell('D3').dataValidation).toMatchObject({ type: 'list', formulae: ['"AAA,A+,AA,A,B"'] });

    const file = await workbookOf(
      ['客户名称', '统一社会信用代码', '客户类型', '信用等级'],
      [
        ['等级导入甲有限公司', newCreditCode(), '主营业务客户', 'ａ＋'],
        ['等级导入乙有限公司', newCreditCode(), '主营业务客户', 'C'],
      ],
    );
    const job = await startImport(api, callers.eastStaff, 'customers', file);
    const report = await waitForImport(api, callers.eastStaff, job.id, ['validated']);
    const rows = report.report.rows as { row: number; issues: { column: string; severity: string; message: { 'zh-CN': string; en: string } }[] }[];
    expect(rows.find((r) => r.row === 2)?.issues.filter((i) => i.severity === 'error') ?? []).toEqual([]);
    expect(rows.find((r) => r.row === 3)?.issues).toEqual([
      expect.objectContaining({ column: 'creditRating', severity: 'error', message: { 'zh-CN': '信用等级应为：AAA / A+ / AA / A / B。', en: 'The credit rating must be one of: AAA / A+ / AA / A / B.' } }),
    ]);
  });
});
