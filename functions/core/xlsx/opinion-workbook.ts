import { loadExcelJS } from './exceljs';
import { opinionExportColumns } from '#shared/opinions/opinion-export';
import type { Lang } from '#shared/messages';

export interface OpinionExportMeta {
  exportedBy: string;
  exportedAt: string;
  filters: Record<string, string>;
  rowCount: number;
}

const sheetNames: Record<Lang, { log: string; about: string }> = {
  'zh-CN': { log: '客户意见登记', about: '导出说明' },
  en: { log: 'Customer opinions', about: 'About' },
};

const aboutRows: Record<Lang, { by: string; at: string; rows: string; filter: string; all: string; note: string; noteText: string }> = {
  'zh-CN': {
    by: '导出人',
    at: '导出时间（北京时间）',
    rows: '行数',
    filter: '筛选',
    all: '（全部）',
    note: '说明',
    noteText: '客户意见及建议的采集、处理和反馈登记（第三条〔四〕）；本文件为导出时的副本。',
  },
  en: {
    by: 'Exported by',
    at: 'Exported at (Beijing time)',
    rows: 'Rows',
    filter: 'Filter',
    all: '(all)',
    note: 'Note',
    noteText: 'The register of customer opinions collected, handled and answered (Art. 3 (4)); this file is a copy as of the export.',
  },
};

/**
 * The opinions register's export (第三条〔四〕): one row per opinion, newest first, under headings in the
 * reader's language, then a sheet saying who exported it, when, and with which filter.
 */
export async function buildOpinionExport(rows: Record<string, string>[], meta: OpinionExportMeta, lang: Lang): Promise<Buffer> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = '客户管理系统 CRM';
  const sheet = workbook.addWorksheet(sheetNames[lang].log, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = opinionExportColumns.map((c) => ({ header: c.label[lang], key: c.key, width: c.width, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);

  const text = aboutRows[lang];
  const about = workbook.addWorksheet(sheetNames[lang].about);
  about.columns = [
    { key: 'item', width: 24 },
    { key: 'value', width: 70 },
  ];
  about.addRow({ item: text.by, value: meta.exportedBy });
  about.addRow({ item: text.at, value: meta.exportedAt });
  about.addRow({ item: text.rows, value: String(meta.rowCount) });
  about.addRow({ item: text.filter, value: Object.entries(meta.filters).map(([k, v]) => `${k}=${v}`).join('; ') || text.all });
  about.addRow({ item: text.note, value: text.noteText });
  about.getColumn('item').font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
