import type { ImportJob } from '#shared/schemas/import.schema';

/** One step of an import job, as a queue message: split the file, check chunk n, or commit chunk n. */
export interface ImportStep {
  importId: string;
  phase: 'split' | 'validate' | 'commit';
  chunk: number;
  /** The step's try: a failed step is sent again, delayed, with the next number (run-import-step.ts). */
  attempt?: number;
}

/** The step a job is waiting for; undefined when it waits for nobody (validated, committed, failed). */
export function expectedStep(job: ImportJob): ImportStep | undefined {
  if (job.status === 'splitting') return { importId: job.id, phase: 'split', chunk: 0 };
  if (job.status === 'validating') return { importId: job.id, phase: 'validate', chunk: job.validatedChunks };
  if (job.status === 'committing' && job.commit) return { importId: job.id, phase: 'commit', chunk: job.commit.committedChunks };
  return undefined;
}

export const sameStep = (a: ImportStep, b: ImportStep) => a.importId === b.importId && a.phase === b.phase && a.chunk === b.chunk;

/** Rows of chunk `chunk` in a job of `totalRows` rows. */
export const rowsInChunk = (job: ImportJob, chunk: number) => Math.max(0, Math.min(job.chunkSize, job.totalRows - chunk * job.chunkSize));
