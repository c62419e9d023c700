import type ExcelJS from 'exceljs';
import { loadExcelJS } from './exceljs';
import type { Bilingual } from '#shared/messages';

/**
 * The layout every exported workbook of a record or report shares (the scorecards, the revisit reports, the R8
 * reports): a first "about" sheet of item and value, then sheets with a bold header row that stays in view.
 */

export type Column = { header: string; key: string; width: number };

/** A label in both languages in one cell: '已确认 Acknowledged'. */
export const both = (l: Bilingual) => `${l['zh-CN']} ${l.en}`;

/** An empty workbook, signed by the system. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = '客户管理系统 CRM';
  return workbook;
}

/** A sheet whose bold header row stays in view as the reader scrolls. */
export function sheetWith(workbook: ExcelJS.Workbook, name: string, columns: Column[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/** The sheet that says what the workbook is: an item and its value a row, long values wrapped. */
export function aboutSheet(workbook: ExcelJS.Workbook, name: string, rows: readonly (readonly [string, string])[], valueWidth = 90): ExcelJS.Worksheet {
  const sheet = sheetWith(workbook, name, [
    { header: '项目 Item', key: 'item', width: 28 },
    { header: '内容 Value', key: 'value', width: valueWidth },
  ]);
  for (const [item, value] of rows) sheet.addRow({ item, value }).alignment = { wrapText: true, vertical: 'top' };
  return sheet;
}

export const workbookBuffer = async (workbook: ExcelJS.Workbook): Promise<Buffer> => Buffer.from(await workbook.xlsx.writeBuffer());
