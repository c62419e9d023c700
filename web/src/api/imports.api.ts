import type { Lang } from '#shared/messages';
import type { ImportKind } from '#shared/imports/columns';
import type { AppRouteKey } from '#shared/routes';
import type { ShownIssue } from '#shared/imports/row-report';
import type { DuplicateMode, ImportJob, RowOutcome, RowReport } from '#shared/schemas/import.schema';
import { apiRequest } from './api-client';
import { apiDownload, type PresignedUpload } from './file-transfer';

type Both = Record<Lang, string>;

/** An import job as GET /imports/{id} shows it: status, progress in rows, a failure in both languages. */
export type ImportJobView = Omit<ImportJob, 'objectKey'> & {
  progress: { phase: 'split' | 'validate' | 'commit' | 'done'; rowsDone: number; rowsTotal: number };
  failureMessage?: Both;
};

/** The dry run's word on one row: its issues with the column named, and the customer it duplicates. */
export type ShownRowReport = Omit<RowReport, 'issues'> & { issues: ShownIssue[] };
/** What the commit did with one row. */
export type ShownRowOutcome = Omit<RowOutcome, 'reason'> & { reason?: { code: string; message: Both } };

export interface ImportWithReport {
  job: ImportJobView;
  report: { kind: 'validation' | 'commit'; rows: (ShownRowReport | ShownRowOutcome)[]; nextCursor: string | null };
}

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
export async function requestImportUpload(file: { fileName: string; size: number }): Promise<{ objectKey: string; upload: PresignedUpload }> {
  const { data } = await apiRequest<{ objectKey: string; upload: PresignedUpload }>('POST', '/imports/uploads', { body: file });
  return data;
}

/** Turns the uploaded file into a job; it is split and checked in steps, followed with getImport. */
export async function startImport(input: { kind: ImportKind; objectKey: string; fileName?: string }): Promise<ImportJobView> {
  const { data } = await apiRequest<ImportJobView>('POST', '/imports', { body: input });
  return data;
}

export async function getImport(id: string, params: { report?: 'validation' | 'commit'; cursor?: string } = {}): Promise<ImportWithReport> {
  const { data } = await apiRequest<ImportWithReport>('GET', `/imports/${encodeURIComponent(id)}`, { query: { ...params } });
  return data;
}

export async function commitImport(id: string, duplicates: DuplicateMode): Promise<ImportJobView> {
  const { data } = await apiRequest<ImportJobView>('POST', `/imports/${encodeURIComponent(id)}/commit`, { body: { duplicates } });
  return data;
}

export async function listImports(params: { cursor?: string; limit?: number } = {}): Promise<{ items: ImportJobView[]; nextCursor: string | null }> {
  const { data } = await apiRequest<{ items: ImportJobView[]; nextCursor: string | null }>('GET', '/imports', { query: { ...params } });
  return data;
}
