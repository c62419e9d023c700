import type { ImportKind } from '#shared/imports/columns';
import type { AppRouteKey } from '#shared/routes';
import type { DuplicateMode } from '#shared/schemas/import.schema';
import { api, type ApiAnswer } from './api-client';
import { apiDownload } from './file-transfer';

// The answers' types come from the routes' contracts (shared/contracts/imports.contract.ts).
/** An import job as GET /imports/{id} shows it: status, progress in rows, a failure in both languages. */
export type ImportJobView = ApiAnswer<'POST /imports'>;
export type ImportWithReport = ApiAnswer<'GET /imports/{importId}'>;
type ShownRow = ImportWithReport['report']['rows'][number];
/** The dry run's word on one row: its issues with the column named, and the customer it duplicates. */
export type ShownRowReport = Extract<ShownRow, { issues: unknown }>;
/** What the commit did with one row. */
export type ShownRowOutcome = Extract<ShownRow, { outcome: unknown }>;

/**
 * Each kind's template route. Its roles in the route table are the roles that may import the kind
 * (start-import checks the same per kind), so the page offers kinds by them (views/imports/import-kinds.ts).
 */
export const templateRoutes = {
  customers: 'GET /customers/import-template',
  orders: 'GET /order-events/import-template',
} as const satisfies Record<ImportKind, AppRouteKey>;

/** The path a kind's template is downloaded from, read off its route key. */
export function templatePath(kind: ImportKind): string {
  return templateRoutes[kind].slice('GET '.length);
}

export async function downloadImportTemplate(kind: ImportKind): Promise<Blob> {
  return (await apiDownload(templatePath(kind))).blob;
}

/** Where to PUT the spreadsheet (under the caller's own prefix, bound to .xlsx and its exact size). */
export async function requestImportUpload(file: { fileName: string; size: number }): Promise<ApiAnswer<'POST /imports/uploads'>> {
  const { data } = await api('POST /imports/uploads', { body: file });
  return data;
}

/** Turns the uploaded file into a job; it is split and checked in steps, followed with getImport. */
export async function startImport(input: { kind: ImportKind; objectKey: string; fileName?: string }): Promise<ImportJobView> {
  const { data } = await api('POST /imports', { body: input });
  return data;
}

export async function getImport(importId: string, query: { report?: 'validation' | 'commit'; cursor?: string } = {}): Promise<ImportWithReport> {
  const { data } = await api('GET /imports/{importId}', { params: { importId }, query });
  return data;
}

export async function commitImport(importId: string, duplicates: DuplicateMode): Promise<ImportJobView> {
  const { data } = await api('POST /imports/{importId}/commit', { params: { importId }, body: { duplicates } });
  return data;
}

export async function listImports(query: { cursor?: string; limit?: number } = {}): Promise<ApiAnswer<'GET /imports'>> {
  const { data } = await api('GET /imports', { query });
  return data;
}
