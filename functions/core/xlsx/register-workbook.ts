import type { Lang } from '#shared/messages';
import { loadExcelJS } from './exceljs';

/** Who exported a register, when, with which filter, and how many rows it holds: its "About" sheet. */
export interface RegisterExportMeta {
  exportedBy: string;
  exportedAt: string;
  filters: Record<string, string>;
  rowCount: number;
}

/** One register (the access log, the opinions register): its sheet's name, its columns and what the copy is. */
export interface RegisterExport {
  sheetName: Record<Lang, string>;
  columns: readonly { key: string; label: Record<Lang, string>; width: number }[];
  note: Record<Lang, string>;
}

const aboutLabels: Record<Lang, { sheet: string; by: string; at: string; rows: string; filter: string; all: string; note: string }> = {
  'zh-CN': { sheet: '导出说明', by: '导出人', at: '导出时间（北京时间）', rows: '行数', filter: '筛选', all: '（全部）', note: '说明' },
  en: { sheet: 'About', by: 'Exported by', at: 'Exported at (Beijing time)', rows: 'Rows', filter: 'Filter', all: '(all)', note: 'Note' },
};

/**
 * A register's export: one row per entry under headings in the reader's language (text cells, so ids and
 * numbers stay as written), then a sheet saying who exported it, when, with which filter, and what it is.
 */
export async function buildRegisterExport(register: RegisterExport, rows: Record<string, string>[], meta: RegisterExportMeta, lang: Lang): Promise<Buffer> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = '客户管理系统 CRM';
  const sheet = workbook.addWorksheet(register.sheetName[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = register.columns.map((c) => ({ header: c.label[lang], key: c.key, width: c.width, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);

  const text = aboutLabels[lang];
  const about = workbook.addWorksheet(text.sheet);
  about.columns = [
    { key: 'item', width: 24 },
    { key: 'value', width: 70 },
  ];
  about.addRow({ item: text.by, value: meta.exportedBy });
  about.addRow({ item: text.at, value: meta.exportedAt });
  about.addRow({ item: text.rows, value: String(meta.rowCount) });
  about.addRow({ item: text.filter, value: Object.entries(meta.filters).map(([k, v]) => `${k}=${v}`).join('; ') || text.all });
  about.addRow({ item: text.note, value: register.note[lang] });
  about.getColumn('item').font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
