import type ExcelJS from 'exceljs';

/**
 * ExcelJS (~1 MB minified with its zip and stream libraries) loads where a file is built or read, never
 * at a cold start: this dynamic import is a chunk of its own in the function's bundle
 * (infra/constructs/function-bundling.ts), so no handler's start pays for it (docs/performance.md).
 */
export async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
