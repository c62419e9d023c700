import type { DuplicateMode, ImportJob } from '#shared/schemas/import.schema';
import { DomainError } from '#core/errors';
import type { Principal } from '#core/principal';
import type { ImportDeps } from '../deps';
import { ownJob } from './get-import';

/**
 * Commits a checked import (issues 3 and 4):
 * 1. the job must be the caller's and validated — or failed part-way through its commit, which then
 *    resumes at the chunk that failed (its rows are written idempotently, so nothing lands twice);
 * 2. records what to do with duplicates of existing customers (skip or update) and marks it committing;
 * 3. sends the first commit step; the browser follows progress with GET /imports/{id}.
 */
export async function commitImport(deps: ImportDeps, id: string, duplicates: DuplicateMode, principal: Principal): Promise<ImportJob> {
  const job = await ownJob(deps, id, principal);
  const resuming = job.status === 'failed' && job.failure?.phase === 'commit' && job.commit;
  if (job.status !== 'validated' && !resuming) throw new DomainError('conflict', 'import_not_ready', { params: { status: job.status } });
  const now = deps.now().toISOString();
  const { failure: _failure, ...rest } = job;
  const after: ImportJob = {
    ...rest,
    status: 'committing',
    commit: resuming ? job.commit! : { duplicates, startedAt: now, committedChunks: 0, rowsDone: 0, outcomes: {} },
    updatedAt: now,
    version: job.version + 1,
  };
  await deps.imports.save(job, after);
  await deps.sendStep({ importId: job.id, phase: 'commit', chunk: after.commit!.committedChunks });
  return after;
}
