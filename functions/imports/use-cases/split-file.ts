import { importColumns, isEnglishHeaderRow, mapHeaders } from '#shared/imports/columns';
import { importMaxRows, type ImportJob } from '#shared/schemas/import.schema';
import type { MessageCode } from '#shared/messages';
import { objectKeys } from '#core/object-storage';
import { sheetRows } from '#core/xlsx/sheet-rows';
import type { ImportDeps } from '../deps';
import type { StoredRow } from './importer';
import { importers } from './importers';

export type SplitResult = { ok: true; totalRows: number; chunkCount: number } | { ok: false; code: MessageCode; params?: Record<string, string> };

const blank = (cells: string[]) => cells.every((c) => c === '');

/**
 * The first step of an import: one streaming pass over the uploaded file (never held whole):
 * 1. finds the header row (Chinese or English headings, any column order) and refuses a file missing
 *    a required column; skips the template's English heading row and blank rows;
 * 2. notes, for each row, an earlier row with the same identity (credit code; order event) or a nearly
 *    identical name — the only checks that need the whole file, done here so no later step needs it;
 * 3. gives each row the id a record created from it will have, so a retried step creates nothing twice;
 * 4. writes the rows in chunks of `chunkSize` to object storage, for the dry run and commit steps.
 */
export async function splitFile(deps: Pick<ImportDeps, 'storage' | 'newId'>, job: ImportJob): Promise<SplitResult> {
  const importer = importers[job.kind];
  const stream = await deps.storage.stream(job.objectKey);
  let columns: Map<number, string> | undefined;
  let sawData = false;
  let total = 0;
  let chunkCount = 0;
  let chunk: StoredRow[] = [];
  const identities = new Map<string, number>();
  const names = new Map<string, { row: number; name: string }>();

  try {
    for await (const { rowNumber, cells } of sheetRows(stream)) {
      if (blank(cells)) continue;
      if (!columns) {
        const mapped = mapHeaders(job.kind, cells);
        if (mapped.missing.length) {
          return { ok: false, code: 'import_file_missing_columns', params: { columns: mapped.missing.map((c) => `${c['zh-CN']} (${c.en})`).join('、') } };
        }
        columns = mapped.byIndex;
        continue;
      }
      if (!sawData && isEnglishHeaderRow(job.kind, cells)) continue;
      sawData = true;
      if (++total > importMaxRows) return { ok: false, code: 'import_file_too_many_rows', params: { max: String(importMaxRows) } };

      const record: Record<string, string> = {};
      for (const [index, key] of columns) if (cells[index]) record[key] = cells[index]!;
      const row: StoredRow = { row: rowNumber, cells: record, reservedId: deps.newId() };
      const keys = importer.inFileKeys(record);
      const first = keys.unique ? identities.get(keys.unique) : undefined;
      if (first) row.dupOfRow = first;
      else if (keys.unique) identities.set(keys.unique, rowNumber);
      if (keys.similar && !first) {
        const similar = names.get(keys.similar);
        if (similar) row.similarTo = similar;
        else names.set(keys.similar, { row: rowNumber, name: keys.name ?? '' });
      }
      chunk.push(row);
      if (chunk.length === job.chunkSize) {
        await deps.storage.putJson(objectKeys.importChunk(job.id, chunkCount++), chunk);
        chunk = [];
      }
    }
  } catch (error) {
    // S3 and the network fail with their own errors, retried with the step; anything else here is the
    // spreadsheet (not a zip, not an xlsx, damaged XML).
    if ((error as { $metadata?: unknown }).$metadata) throw error;
    return { ok: false, code: 'import_file_unreadable' };
  }
  if (!columns) return { ok: false, code: 'import_file_missing_columns', params: { columns: importColumns[job.kind].filter((c) => c.required).map((c) => c['zh-CN']).join('、') } };
  if (total === 0) return { ok: false, code: 'import_file_empty' };
  if (chunk.length) await deps.storage.putJson(objectKeys.importChunk(job.id, chunkCount++), chunk);
  return { ok: true, totalRows: total, chunkCount };
}
