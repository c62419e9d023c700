import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tier } from '../../shared/schemas/customer.schema';
import { AccessLogRepository } from '../../functions/core/repositories/access-log.repository';
import { DomainError } from '../../functions/core/errors';
import { errorResponse } from '../../functions/core/http/error-response';
import { CustomerBatchRepository } from '../../functions/core/repositories/customer-batch.repository';
import { createCustomer } from '../../functions/customers/use-cases/create-customer';
import { exportCustomers } from '../../functions/customers/use-cases/export-customers';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { deps, client, tableName } = testTable();
const log = new AccessLogRepository(client, tableName);
let api: Awaited<ReturnType<typeof startApi>>;
const office = { id: 'office.liu', name: '刘芳', role: 'office' } as const;

async function customer(name: string, as: typeof callers.eastStaff | typeof callers.northStaff, tier: Tier = 'general') {
  const c = await createCustomer(
    deps,
    { name, creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AA', contacts: [{ name: '李强', phone: '13812345678', email: 'li@example.cn', primary: true }], notes: '' },
    as,
  );
  if (tier !== c.tier) await deps.customers.replace(c, { ...c, tier, version: c.version + 1 });
  return c;
}

/** The first sheet of an .xlsx as objects keyed by the Chinese headings. */
async function sheetOf(data: Buffer): Promise<Record<string, string>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as string[]).slice(1);
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(Object.fromEntries(headers.map((h, i) => [h, String(row.getCell(i + 1).value ?? '')])));
  });
  return rows;
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
  await customer('导出测试华东甲有限公司', callers.eastStaff);
  await customer('导出测试华东乙有限公司', callers.eastStaff, 'vip');
  await customer('导出测试华北丙有限公司', callers.northStaff);
});
afterAll(() => api?.close());

describe('GET /customers/export', () => {
  it('exports the caller’s scope under the list’s filters, without confidential sections unless a purpose is given', async () => {
    const res = await api.download('GET', '/customers/export?q=导出测试', { as: callers.eastHead });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain('.xlsx');
    const rows = await sheetOf(res.raw);
    expect(rows.map((r) => r['客户名称']).sort()).toEqual(['导出测试华东乙有限公司', '导出测试华东甲有限公司']);
    expect(Object.keys(rows[0]!)).not.toContain('联系电话');
    expect(Object.keys(rows[0]!)).not.toContain('信用等级');
    expect(res.headers.get('x-row-count')).toBe('2');
  });

  it('honours the other filters, and masks phones for roles without a need when a purpose opens the contacts', async () => {
    const res = await api.download('GET', `/customers/export?q=导出测试&tier=vip&purpose=${encodeURIComponent('合同评审')}`, { as: office });
    const rows = await sheetOf(res.raw);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ 客户名称: '导出测试华东乙有限公司', 信用等级: 'AA', 主要联系人: '李强', 联系电话: '138****5678', 联系邮箱: 'l***@example.cn', 客户级别: 'VIP客户' });
  });

  it('logs each export with who, the filter, the purpose and the row count', async () => {
    await api.call('GET', `/customers/export?q=导出测试&purpose=${encodeURIComponent('年度核对')}`, { as: callers.salesHead });
    const entry = (await log.search({ userId: 'sales.head' }, { limit: 10 })).items.find((e) => e.action === 'export');
    expect(entry).toMatchObject({ customerId: '*', rowCount: 3, purpose: '年度核对', filters: { q: '导出测试' }, reader: { id: 'sales.head', role: 'sales-head' } });
  });

  it('refuses a result over the limit with 413 naming it in both languages, and logs nothing', async () => {
    const batch = new CustomerBatchRepository(client, tableName);
    const before = (await log.search({ userId: 'sales.head' }, { limit: 50 })).items.length;
    const refused = await exportCustomers({ ...deps, batch }, { q: '导出测试' }, callers.salesHead, 2).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    const { statusCode, body } = errorResponse(refused, 'en');
    expect(statusCode).toBe(413);
    expect(JSON.parse(body as string).error).toMatchObject({ code: 'export_too_large', message: 'The export has more than 2 rows; narrow the filter and export again.' });
    expect(JSON.parse(errorResponse(refused, 'zh-CN').body as string).error.message).toBe('导出结果超过 2 行，请缩小筛选范围后再导出。');
    expect((await log.search({ userId: 'sales.head' }, { limit: 50 })).items).toHaveLength(before);
    // At the limit exactly, it exports.
    expect((await exportCustomers({ ...deps, batch }, { q: '导出测试' }, callers.salesHead, 3)).rowCount).toBe(3);
  });

  it('is refused to unit staff and Finance', async () => {
    expect((await api.call('GET', '/customers/export', { as: callers.eastStaff })).status).toBe(403);
    expect((await api.call('GET', '/customers/export', { as: callers.finance })).status).toBe(403);
  });
});

describe('GET /customers/import-template', () => {
  it('is an .xlsx with Chinese headings, English ones beneath, and a notes sheet', async () => {
    const res = await api.call('GET', '/customers/import-template', { as: callers.eastStaff });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.raw as unknown as ArrayBuffer);
    const [data, notes] = workbook.worksheets;
    expect((data!.getRow(1).values as string[]).slice(1, 5)).toEqual(['客户名称*', '统一社会信用代码*', '客户类型*', '信用等级*']);
    expect((data!.getRow(2).values as string[]).slice(1, 3)).toEqual(['Company name', 'Unified social credit code']);
    expect(data!.getCell('C3').dataValidation).toMatchObject({ type: 'list', formulae: ['"主营业务客户,非主营业务服务客户,潜在客户"'] });
    expect(notes!.name).toContain('Notes');
  });
});
