import { loadExcelJS } from './exceljs';
import type { ExportColumn } from '#shared/customer-export';

export interface ExportMeta {
  exportedBy: string;
  exportedAt: string;
  filters: Record<string, string>;
  purpose?: string;
  rowCount: number;
}

/**
 * The customer export (R2): one row per customer under the template's headings, then a sheet saying who
 * exported it, when, with which filter and purpose — the same facts the access log keeps.
 */
export async function buildCustomerExport(columns: readonly ExportColumn[], rows: Record<string, string>[], meta: ExportMeta): Promise<Buffer> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = '客户管理系统 CRM';
  const sheet = workbook.addWorksheet('客户 Customers', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c['zh-CN'], key: c.key, width: c.width, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);

  const about = workbook.addWorksheet('导出说明 About');
  about.columns = [
    { header: '项目 Item', key: 'item', width: 24 },
    { header: '内容 Value', key: 'value', width: 60 },
  ];
  about.getRow(1).font = { bold: true };
  about.addRow({ item: '导出人 Exported by', value: meta.exportedBy });
  about.addRow({ item: '导出时间 Exported at', value: meta.exportedAt });
  about.addRow({ item: '行数 Rows', value: String(meta.rowCount) });
  about.addRow({ item: '筛选 Filter', value: Object.entries(meta.filters).map(([k, v]) => `${k}=${v}`).join('; ') || '（全部 all）' });
  about.addRow({ item: '查阅目的 Purpose', value: meta.purpose ?? '（未说明：不含联系人、信用等保密信息 none: no confidential sections）' });
  about.addRow({ item: '保密 Confidential', value: '客户档案属保密资料，仅限工作需要使用。Customer archives are confidential; use them for work only.' });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
