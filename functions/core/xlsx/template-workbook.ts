import type ExcelJS from 'exceljs';
import { loadExcelJS } from './exceljs';
import { importColumns, type ImportKind } from '#shared/imports/columns';
import { customerKindLabels, orderTypeLabels } from '#shared/imports/labels';
import { defaultCreditGrades, gradeList } from '#shared/credit-grades';
import { customerKinds } from '#shared/customer-options';
import { totalEventTypes } from '#shared/schemas/order-event.schema';
import { importMaxRows } from '#shared/schemas/import.schema';
import { seedUnits, type UnitLabel } from '#shared/units';

const sheetNames: Record<ImportKind, { data: string; notes: string }> = {
  customers: { data: '客户导入 Customers', notes: '填写说明 Notes' },
  orders: { data: '历史订单 Orders', notes: '填写说明 Notes' },
};

/** Drop-down choices per column: what the import reads, offered as people type it. */
const choicesFor = (creditGrades: readonly string[], units: readonly UnitLabel[]): Record<string, readonly string[]> => ({
  kind: customerKinds.map((k) => customerKindLabels[k]['zh-CN']),
  creditRating: creditGrades,
  unitId: units.map((u) => u.name),
  type: totalEventTypes.map((t) => orderTypeLabels[t]['zh-CN']),
});

/** Rows given the drop-downs and text format; past them typing still works, only without the help. */
const preparedRows = 10_000;

/**
 * The import template (issues 3 and 4): Chinese headings in row 1 and English ones in row 2 (both
 * recognised by the import), drop-downs for the enumerated columns, text format where Excel would
 * otherwise mangle a code or a phone, and a notes sheet saying what each column takes. The credit grades
 * are the administrator's (`creditGrades`, from the tier settings), the units the active unit records.
 */
export async function buildImportTemplate(
  kind: ImportKind,
  creditGrades: readonly string[] = defaultCreditGrades,
  units: readonly UnitLabel[] = seedUnits,
): Promise<Buffer> {
  const choices = choicesFor(creditGrades, units);
  const hint = (text: string) => text.replace('{grades}', gradeList(creditGrades));
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = '客户管理系统 CRM';
  const columns = importColumns[kind];
  const sheet = workbook.addWorksheet(sheetNames[kind].data, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width, ...(c.text ? { style: { numFmt: '@' } } : {}) }));
  const zh = sheet.addRow(columns.map((c) => (c.required ? `${c['zh-CN']}*` : c['zh-CN'])));
  zh.font = { bold: true };
  zh.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  const en = sheet.addRow(columns.map((c) => c.en));
  en.font = { italic: true, color: { argb: 'FF808080' } };

  columns.forEach((column, i) => {
    const list = choices[column.key];
    if (!list) return;
    const letter = sheet.getColumn(i + 1).letter;
    // One validation over the column's range (ExcelJS writes it as one sqref), not one per cell.
    (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${letter}3:${letter}${2 + preparedRows}`,
      { type: 'list', allowBlank: true, formulae: [`"${list.join(',')}"`], showErrorMessage: false },
    );
  });

  const notes = workbook.addWorksheet(sheetNames[kind].notes);
  notes.columns = [
    { header: '列名', key: 'zh', width: 22 },
    { header: 'Column', key: 'en', width: 26 },
    { header: '必填 Required', key: 'required', width: 14 },
    { header: '说明', key: 'hintZh', width: 48 },
    { header: 'Notes', key: 'hintEn', width: 48 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const c of columns) notes.addRow({ zh: c['zh-CN'], en: c.en, required: c.required ? '是 Yes' : '否 No', hintZh: hint(c.hint['zh-CN']), hintEn: hint(c.hint.en) });
  notes.addRow({});
  notes.addRow({
    zh: '数据从第 3 行开始',
    hintZh: `每个文件最多 ${importMaxRows.toLocaleString('en-US')} 行。先试运行（校验并报告每行问题），确认后再提交。`,
    hintEn: `Data starts in row 3; at most ${importMaxRows.toLocaleString('en-US')} rows per file. A dry run checks and reports every row before you commit.`,
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
