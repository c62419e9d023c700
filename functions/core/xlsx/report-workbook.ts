import { loadExcelJS } from './exceljs';

export interface ReportSheet {
  name: string;
  columns: { header: string; key: string; width: number }[];
  rows: Record<string, string | number | null>[];
}

/**
 * A report as a workbook (issue 12): a first sheet naming the report, its filters and when it was made,
 * then one sheet per table as the page shows it, headers bold and frozen.
 */
export async function buildReportWorkbook(about: [string, string][], sheets: ReportSheet[]): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '客户管理系统 CRM';
  const first = workbook.addWorksheet('报表 Report');
  first.columns = [
    { header: '项目 Item', key: 'item', width: 28 },
    { header: '内容 Value', key: 'value', width: 60 },
  ];
  first.getRow(1).font = { bold: true };
  for (const [item, value] of about) first.addRow({ item, value });
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = s.columns;
    sheet.getRow(1).font = { bold: true };
    for (const row of s.rows) sheet.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v ?? '—'])));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
