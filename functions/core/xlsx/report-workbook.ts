import { aboutSheet, newWorkbook, sheetWith, workbookBuffer, type Column } from './sheet-layout';

export interface ReportSheet {
  name: string;
  columns: Column[];
  rows: Record<string, string | number | null>[];
}

/**
 * A report as a workbook (issue 12): a first sheet naming the report, its filters and when it was made,
 * then one sheet per table as the page shows it, headers bold and frozen.
 */
export async function buildReportWorkbook(about: [string, string][], sheets: ReportSheet[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  aboutSheet(workbook, '报表 Report', about, 60);
  for (const s of sheets) {
    const sheet = sheetWith(workbook, s.name, s.columns);
    for (const row of s.rows) sheet.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v ?? '—'])));
  }
  return workbookBuffer(workbook);
}
