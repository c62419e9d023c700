import type { Lang } from '#shared/messages';
import type { CommitOutcome, ImportStatus } from '#shared/schemas/import.schema';
import type { ImportJobView, ShownRowOutcome, ShownRowReport } from '../../api/imports.api';

/** While the job is at one of these, the page keeps asking for its progress. */
export function isRunning(status: ImportStatus): boolean {
  return status === 'splitting' || status === 'validating' || status === 'committing';
}

/** Progress as a whole percentage of rows; splitting counts as not started. */
export function progressPercent(job: Pick<ImportJobView, 'progress' | 'status'>): number {
  if (job.status === 'validated' || job.status === 'committed') return 100;
  const { rowsDone, rowsTotal } = job.progress;
  return rowsTotal > 0 ? Math.min(100, Math.floor((rowsDone / rowsTotal) * 100)) : 0;
}

/** One line of the dry-run table: an issue of a row, or a duplicate with nothing else wrong. */
export interface IssueLine {
  key: string;
  row: number;
  column: string;
  severity: 'error' | 'warning' | 'duplicate';
  message: string;
  duplicateOf?: { customerId?: string; name?: string };
}

/** The existing customer a dry-run row repeats, when it names one (an order event repeats an event, not a customer). */
export function duplicateCustomer(duplicateOf: ShownRowReport['duplicateOf']): { customerId?: string; name: string } | undefined {
  if (!duplicateOf || (!duplicateOf.customerId && !duplicateOf.name)) return undefined;
  return { ...(duplicateOf.customerId ? { customerId: duplicateOf.customerId } : {}), name: duplicateOf.name ?? duplicateOf.customerId! };
}

/** Flattens the dry run's rows into one line per issue, in the reader's language, row order kept. */
export function issueLines(rows: readonly ShownRowReport[], lang: Lang): IssueLine[] {
  return rows.flatMap((r) => {
    const customer = duplicateCustomer(r.duplicateOf);
    const lines: IssueLine[] = r.issues.map((issue, i) => ({
      key: `${r.row}-${i}`,
      row: r.row,
      column: issue.columnLabel[lang] || issue.column,
      severity: issue.severity,
      message: issue.message[lang],
      ...(customer ? { duplicateOf: customer } : {}),
    }));
    if (lines.length === 0 && r.duplicateOf) {
      lines.push({ key: `${r.row}-dup`, row: r.row, column: '', severity: 'duplicate', message: '', ...(customer ? { duplicateOf: customer } : {}) });
    }
    return lines;
  });
}

/** The outcomes a commit reports, in a fixed order, with only those that happened. */
const outcomeOrder: CommitOutcome[] = ['created', 'updated', 'applied', 'unchanged', 'skipped', 'duplicate', 'unmatched', 'invalid', 'failed'];

export function outcomeCounts(outcomes: Partial<Record<CommitOutcome, number>> | undefined): { outcome: CommitOutcome; count: number }[] {
  return outcomeOrder.filter((o) => (outcomes?.[o] ?? 0) > 0).map((o) => ({ outcome: o, count: outcomes![o]! }));
}

/** Whether a commit row landed on a customer one can open: a created or updated customer, or an order counted for one. */
export function landed(row: ShownRowOutcome): boolean {
  return (row.outcome === 'created' || row.outcome === 'updated' || row.outcome === 'unchanged' || row.outcome === 'applied') && !!row.customerId;
}
