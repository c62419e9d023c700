import type { ChunkReport, ImportJob, RowOutcome, ValidationCounts } from '#shared/schemas/import.schema';
import { DomainError } from '#core/errors';
import { logger } from '#core/logger';
import { objectKeys } from '#core/object-storage';
import type { ImportDeps } from '../deps';
import type { StoredRow } from './importer';
import { importers } from './importers';
import { splitFile } from './split-file';
import { expectedStep, sameStep, type ImportStep } from './steps';

export interface Delivery {
  /** How many times the queue has handed this message over (SQS ApproximateReceiveCount). */
  receiveCount: number;
  /** Tries a step gets: the last one's failure is recorded on the job instead of retried. */
  maxReceives: number;
}

/** A failed step is tried again after 2, then 4 seconds: long enough for a throttle or a blip to pass. */
const retryDelaySeconds = (attempt: number) => 2 ** attempt;

/**
 * One step of an import job, as the queue delivers it (shared/queues.ts `import-steps`):
 * 1. reads the job; a message for a step the job is not waiting for is a repeat and does nothing —
 *    except that a redelivered message whose step is done re-sends the step the job waits for, in case
 *    the first delivery failed after saving its step and before sending the next;
 * 2. performs the step (split the file, check one chunk, or commit one chunk) and saves the chunk's
 *    report with the job's progress in one transaction, conditional on the job's version;
 * 3. sends the next step, or leaves the job validated (waiting for the importer) or committed;
 * 4. a failing step is sent again, delayed, as its next try (rather than left to the queue, whose
 *    redelivery waits a whole visibility timeout); a step that crashed its worker outright is redelivered
 *    by the queue, and either count makes the try number. On the last try the failure is recorded on the
 *    job; a commit step first reads back which of its rows landed and reports them, so no half-applied
 *    chunk goes unreported. Committing again resumes at that chunk, whose rows are written idempotently.
 */
export async function runImportStep(deps: ImportDeps, step: ImportStep, delivery: Delivery): Promise<void> {
  const attempt = Math.max(step.attempt ?? 1, delivery.receiveCount);
  const job = await deps.imports.get(step.importId);
  const expected = job && expectedStep(job);
  if (!job || !expected) return;
  if (!sameStep(expected, step)) {
    if (attempt > 1) await deps.sendStep(expected);
    return;
  }
  try {
    const { after, report, next } = await perform(deps, job, step);
    await deps.imports.save(job, after, report);
    if (next) await deps.sendStep(next);
  } catch (error) {
    // Another delivery of the same message saved this step first: nothing left to do.
    if (error instanceof DomainError && error.kind === 'precondition_failed') return;
    if (attempt < delivery.maxReceives) {
      logger.warn('import step failed; trying again', { ...step, attempt, error: error as Error });
      await deps.sendStep({ ...step, attempt: attempt + 1 }, retryDelaySeconds(attempt));
      return;
    }
    logger.error('import step failed for good', { ...step, attempt, error: error as Error });
    await recordFailure(deps, step);
  }
}

async function perform(deps: ImportDeps, job: ImportJob, step: ImportStep): Promise<{ after: ImportJob; report?: ChunkReport; next?: ImportStep }> {
  const updatedAt = deps.now().toISOString();
  const version = job.version + 1;
  if (step.phase === 'split') {
    const split = await splitFile(deps, job);
    if (!split.ok) {
      return { after: { ...job, status: 'failed', failure: { phase: 'split', code: split.code, ...(split.params ? { params: split.params } : {}) }, updatedAt, version } };
    }
    return {
      after: { ...job, status: 'validating', totalRows: split.totalRows, chunkCount: split.chunkCount, updatedAt, version },
      next: { importId: job.id, phase: 'validate', chunk: 0 },
    };
  }

  const rows = await deps.storage.getJson<StoredRow[]>(objectKeys.importChunk(job.id, step.chunk));
  const importer = importers[job.kind];
  const done = step.chunk + 1 === job.chunkCount;
  const next = done ? undefined : { importId: job.id, phase: step.phase, chunk: step.chunk + 1 };

  if (step.phase === 'validate') {
    const { reports, counts } = await importer.validate(deps, job, rows);
    return {
      after: { ...job, status: done ? 'validated' : 'validating', validatedChunks: step.chunk + 1, validation: addCounts(job.validation, counts), updatedAt, version },
      report: { importId: job.id, report: 'validation', chunk: step.chunk, rows: reports },
      next,
    };
  }

  const commit = job.commit!;
  const outcomes = await importer.commit(deps, job, rows, commit.duplicates);
  return {
    after: {
      ...job,
      status: done ? 'committed' : 'committing',
      commit: {
        ...commit,
        committedChunks: step.chunk + 1,
        rowsDone: commit.rowsDone + rows.length,
        outcomes: addOutcomes(commit.outcomes, outcomes),
        ...(done ? { finishedAt: updatedAt } : {}),
      },
      updatedAt,
      version,
    },
    report: { importId: job.id, report: 'commit', chunk: step.chunk, rows: outcomes },
    next,
  };
}

/**
 * Marks the job failed at the step it was waiting for. For a commit step, the chunk's rows are read
 * back first (importer.reconcile) and their report saved with the failure: it says exactly which rows
 * of the interrupted chunk landed. The job's totals keep counting completed chunks only, since a
 * resumed commit redoes this chunk.
 */
async function recordFailure(deps: ImportDeps, step: ImportStep): Promise<void> {
  const job = await deps.imports.get(step.importId);
  const expected = job && expectedStep(job);
  if (!job || !expected || !sameStep(expected, step)) return;
  let report: ChunkReport | undefined;
  if (step.phase === 'commit') {
    try {
      const rows = await deps.storage.getJson<StoredRow[]>(objectKeys.importChunk(job.id, step.chunk));
      const outcomes = await importers[job.kind].reconcile(deps, job, rows, job.commit!.duplicates);
      report = { importId: job.id, report: 'commit', chunk: step.chunk, rows: outcomes, reconciled: true };
    } catch (error) {
      logger.error('could not read back the rows of a failed import chunk', { ...step, error: error as Error });
    }
  }
  const after: ImportJob = {
    ...job,
    status: 'failed',
    failure: { phase: step.phase, chunk: step.chunk, code: 'import_step_failed', params: { chunk: String(step.chunk + 1) } },
    updatedAt: deps.now().toISOString(),
    version: job.version + 1,
  };
  await deps.imports.save(job, after, report);
}

function addCounts(a: ValidationCounts, b: ValidationCounts): ValidationCounts {
  return { rows: a.rows + b.rows, ok: a.ok + b.ok, warnings: a.warnings + b.warnings, duplicates: a.duplicates + b.duplicates, errors: a.errors + b.errors };
}

function addOutcomes(totals: Partial<Record<RowOutcome['outcome'], number>>, outcomes: RowOutcome[]) {
  const next = { ...totals };
  for (const o of outcomes) next[o.outcome] = (next[o.outcome] ?? 0) + 1;
  return next;
}
