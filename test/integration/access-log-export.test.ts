import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessLogEntry } from '../../shared/schemas/access-log.schema';
import type { Principal } from '../../functions/core/principal';
import { AccessLogRepository } from '../../functions/core/repositories/access-log.repository';
import { startApi } from '../support/api-harness';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { client, tableName } = testTable();
const log = new AccessLogRepository(client, tableName);
let api: Awaited<ReturnType<typeof startApi>>;
const office = { id: 'office.liu', name: '刘芳', role: 'office' } as const;

/** The log as readers wrote it, on known dates (2025, far from the exports these tests make today). */
const entries: AccessLogEntry[] = [
  {
    id: 'e1',
    at: '2025-03-10T02:05:09.000Z', // 10:05:09 on 10 March in Beijing
    action: 'detail',
    customerId: 'logx-A',
    customerName: '导出日志甲有限公司',
    reader: { id: 'office.liu', name: '刘芳', role: 'office' },
    sections: ['basic', 'contacts', 'credit'],
    maskedSections: [],
    contactDetailsMasked: true,
    purpose: '合同评审',
  },
  {
    id: 'e2',
    at: '2025-03-10T16:30:00.000Z', // 00:30 on 11 March in Beijing: the next Shanghai day
    action: 'detail',
    customerId: 'logx-A',
    customerName: '导出日志甲有限公司',
    reader: { id: 'east.head', name: '孙强', role: 'unit-head', unitId: 'east' },
    sections: ['basic'],
    maskedSections: ['contacts', 'credit'],
    contactDetailsMasked: false,
  },
  {
    id: 'e3',
    at: '2025-03-12T01:00:00.000Z',
    action: 'attachment-download',
    customerId: 'logx-B',
    customerName: '导出日志乙有限公司',
    reader: { id: 'office.liu', name: '刘芳', role: 'office' },
    sections: ['attachments'],
    maskedSections: [],
    contactDetailsMasked: false,
    purpose: '年度审计',
    attachmentId: 'att-1',
    fileName: '营业执照.pdf',
  },
  {
    id: 'e4',
    at: '2025-03-12T02:00:00.000Z',
    action: 'export',
    customerId: '*',
    customerName: '',
    reader: { id: 'sales.head', name: '李静', role: 'sales-head' },
    sections: ['basic'],
    maskedSections: ['contacts', 'credit', 'licence', 'attachments'],
    contactDetailsMasked: false,
    rowCount: 42,
    filters: { tier: 'vip' },
  },
];

/** The first sheet of an .xlsx as objects keyed by its headings, and the sheet names. */
async function workbookOf(data: Buffer): Promise<{ rows: Record<string, string>[]; headers: string[]; sheets: string[]; about: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const [sheet, aboutSheet] = workbook.worksheets;
  const headers = (sheet!.getRow(1).values as string[]).slice(1);
  const rows: Record<string, string>[] = [];
  sheet!.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(Object.fromEntries(headers.map((h, i) => [h, String(row.getCell(i + 1).value ?? '')])));
  });
  const about: string[][] = [];
  aboutSheet!.eachRow((row) => about.push((row.values as unknown[]).slice(1).map(String)));
  return { rows, headers, sheets: workbook.worksheets.map((w) => w.name), about };
}

const exportAs = (who: Principal, query: string, headers: Record<string, string> = {}) =>
  api.download('GET', `/access-log/export${query}`, { as: who, headers });

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
  for (const e of entries) await log.append(e);
});
afterAll(() => api?.close());

describe('GET /access-log/export', () => {
  it('is an .xlsx of one customer’s readings, newest first, every cell as the log page shows it', async () => {
    const res = await exportAs(callers.salesHead, '?customerId=logx-A');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toMatch(/档案查阅记录-\d{12}\.xlsx/);
    expect(res.headers.get('x-row-count')).toBe('2');

    const { rows, headers, sheets } = await workbookOf(res.raw);
    expect(sheets).toEqual(['查阅记录', '导出说明']);
    expect(headers.slice(0, 8)).toEqual(['查阅时间', '查阅人', '账号', '角色', '业务单位', '客户编号', '客户名称', '查阅内容']);
    expect(rows.map((r) => r['记录编号'])).toEqual(['e2', 'e1']);
    expect(rows[1]).toMatchObject({
      查阅时间: '2025-03-10 10:05:09',
      查阅人: '刘芳',
      账号: 'office.liu',
      角色: '综合办公室',
      客户编号: 'logx-A',
      客户名称: '导出日志甲有限公司',
      查阅内容: '档案详情',
      显示的内容: '基本信息、联系人、信用状况',
      电话邮箱已隐藏: '是',
      查阅目的: '合同评审',
    });
    expect(rows[0]).toMatchObject({ 查阅时间: '2025-03-11 00:30:00', 角色: '业务单位负责人', 业务单位: '华东事业部', '未显示（未说明目的）': '联系人、信用状况', 查阅目的: '' });
  });

  it('takes the search’s reader and Shanghai-date filters, both dates inclusive', async () => {
    const oneDay = await workbookOf((await exportAs(office, '?from=2025-03-10&to=2025-03-10')).raw);
    expect(oneDay.rows.map((r) => r['记录编号'])).toEqual(['e1']);

    const byReader = await workbookOf((await exportAs(callers.admin, '?userId=office.liu&from=2025-03-01&to=2025-03-31')).raw);
    expect(byReader.rows.map((r) => r['记录编号'])).toEqual(['e3', 'e1']);
    expect(byReader.rows[0]).toMatchObject({ 查阅内容: '下载附件', 文件名: '营业执照.pdf', 查阅目的: '年度审计' });

    const range = await workbookOf((await exportAs(office, '?from=2025-03-11&to=2025-03-12')).raw);
    expect(range.rows.map((r) => r['记录编号'])).toEqual(['e4', 'e3', 'e2']);
    expect(range.rows[0]).toMatchObject({ 客户编号: '', 客户名称: '（批量导出）', 查阅内容: '导出 Excel', 导出行数: '42', 导出筛选条件: 'tier=vip' });
  });

  it('is in English for a reader who asks for English', async () => {
    const res = await exportAs(office, '?customerId=logx-A', { 'accept-language': 'en' });
    const { rows, sheets } = await workbookOf(res.raw);
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain('access-log-');
    expect(sheets).toEqual(['Access log', 'About']);
    expect(rows[1]).toMatchObject({ 'Time (Beijing)': '2025-03-10 10:05:09', Role: 'General Office', Action: 'Archive detail', Shown: 'Basic information, Contacts, Credit', 'Phones and emails masked': 'Yes' });
  });

  it('records each export in the log itself: who, the filter and the row count', async () => {
    const res = await exportAs(callers.salesHead, '?userId=office.liu&from=2025-03-01&to=2025-03-31');
    expect(res.status).toBe(200);
    const own = (await log.search({ userId: 'sales.head' }, { limit: 20 })).items.filter((e) => e.action === 'log-export');
    const entry = own.find((e) => e.filters?.userId === 'office.liu');
    expect(entry).toMatchObject({
      customerId: '*',
      rowCount: 2,
      filters: { userId: 'office.liu', from: '2025-03-01', to: '2025-03-31' },
      reader: { id: 'sales.head', name: '李静', role: 'sales-head' },
      sections: [],
    });

    // So the next export of the log shows that one, and the about sheet says who made this one.
    const next = await workbookOf((await exportAs(office, '?userId=sales.head')).raw);
    expect(next.rows.find((r) => r['记录编号'] === entry!.id)).toMatchObject({ 查阅内容: '导出查阅记录', 导出行数: '2', 客户名称: '（批量导出）' });
    expect(next.about).toContainEqual(['导出人', '刘芳 (office.liu)']);
    expect(next.about).toContainEqual(['筛选', 'userId=sales.head']);
  });

  it('refuses a range given backwards and filters it does not know, and readers without the right', async () => {
    const backwards = await exportAs(office, '?from=2025-03-12&to=2025-03-10');
    expect(backwards.status).toBe(400);
    expect(Object.keys(backwards.body.error.fields)).toEqual(['to']);
    expect((await exportAs(office, '?limit=5')).status).toBe(400);
    for (const caller of [callers.eastHead, callers.finance, callers.sales]) expect((await exportAs(caller, '')).status).toBe(403);
  });
});
