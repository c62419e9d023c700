import type { ImportKind, ImportRow } from '#shared/imports/columns';
import type { Role } from '#shared/roles';
import type { DuplicateMode, ImportJob, RowOutcome, RowReport, ValidationCounts } from '#shared/schemas/import.schema';
import type { ImportDeps } from '../deps';

/** A data row as the split step stores it in its chunk file, with what the whole file told about it. */
export interface StoredRow extends ImportRow {
  /** The id a created record gets: fixed when the file is split, so a step retried never creates it twice. */
  reservedId: string;
  /** An earlier row of the file with the same identity (credit code; order + type + refund). */
  dupOfRow?: number;
  /** An earlier row whose name is nearly the same (different identity). */
  similarTo?: { row: number; name: string };
}

/** What one kind of import does with its rows; the job machinery (steps, reports, progress) is shared. */
export interface Importer {
  readonly kind: ImportKind;
  /** Who may import this kind; the route admits every importer, the use case narrows it per kind. */
  readonly roles: readonly Role[];
  /** A row's identity within the file, read while splitting (one pass over the file, nothing else held). */
  inFileKeys(cells: Record<string, string>): { unique?: string; similar?: string; name?: string };
  /** The dry run of one chunk: per row problems, duplicates against what is stored. Writes nothing. */
  validate(deps: ImportDeps, job: ImportJob, rows: StoredRow[]): Promise<{ reports: RowReport[]; counts: ValidationCounts }>;
  /** Applies one chunk, row by row, each through the same use case as a single request; never throws for a row. */
  commit(deps: ImportDeps, job: ImportJob, rows: StoredRow[], mode: DuplicateMode): Promise<RowOutcome[]>;
  /** After a commit step failed for good: which of its rows landed, read back from what is stored. */
  reconcile(deps: ImportDeps, job: ImportJob, rows: StoredRow[], mode: DuplicateMode): Promise<RowOutcome[]>;
}

export function emptyCounts(): ValidationCounts {
  return { rows: 0, ok: 0, warnings: 0, duplicates: 0, errors: 0 };
}

/** Counts one row of a dry run: an error excludes it; a duplicate is decided at commit; otherwise it is created. */
export function countRow(counts: ValidationCounts, report: { issues: { severity: string }[]; duplicate: boolean }): void {
  counts.rows++;
  if (report.issues.some((i) => i.severity === 'error')) counts.errors++;
  else if (report.duplicate) counts.duplicates++;
  else {
    counts.ok++;
    if (report.issues.length) counts.warnings++;
  }
}

export const byRow = <T extends { row: number }>(a: T, b: T) => a.row - b.row;
