import type { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from './exceljs';

/**
 * A cell as text, the way a person reads it in Excel: rich text and hyperlinks by their text, formulas
 * by their result, dates as written (Excel stores them without a zone; ExcelJS hands them over as UTC,
 * so the UTC fields are the figures typed), numbers without Excel's display formatting.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(10)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
  }
  return '';
}

/**
 * The rows of the first worksheet of an .xlsx stream, one at a time, as text cells (0-based columns):
 * ExcelJS's streaming reader, so a 10,000-row file is never held whole in memory.
 */
export async function* sheetRows(input: Readable): AsyncGenerator<{ rowNumber: number; cells: string[] }> {
  const { stream } = await loadExcelJS();
  const reader = new stream.xlsx.WorkbookReader(input, {
    entries: 'emit',
    sharedStrings: 'cache',
    // Styles tell dates from numbers; without them a date cell arrives as a serial number.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]).trim());
        yield { rowNumber: row.number, cells };
      }
      return; // the first sheet holds the data; the notes sheet is for people
    }
  } finally {
    input.destroy();
  }
}
