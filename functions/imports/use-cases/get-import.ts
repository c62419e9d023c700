import { showIssue, type ShownIssue } from '#shared/imports/row-report';
import { translate, type MessageCode, type Bilingual } from '#shared/messages';
import type { ImportJob, RowOutcome, RowReport } from '#shared/schemas/import.schema';
import { notFound } from '#core/errors';
import type { Principal } from '#core/principal';
import type { ImportDeps } from '../deps';

/** Chunk reports per page: up to 2,000 rows of a commit report, usually far fewer problems of a dry run. */
const chunksPerPage = 4;

const both = (code: string, params?: Record<string, string>): Bilingual => ({
  'zh-CN': translate(code as MessageCode, 'zh-CN', params),
  en: translate(code as MessageCode, 'en', params),
});

export interface ImportJobView extends Omit<ImportJob, 'objectKey'> {
  progress: { phase: 'split' | 'validate' | 'commit' | 'done'; rowsDone: number; rowsTotal: number };
  failureMessage?: Bilingual;
}

export type ShownRowReport = Omit<RowReport, 'issues'> & { issues: ShownIssue[] };
export type ShownRowOutcome = Omit<RowOutcome, 'reason'> & { reason?: { code: string; message: Bilingual } };

/** An import job is its importer's: anyone else is told it does not exist. */
export async function ownJob(deps: Pick<ImportDeps, 'imports'>, id: string, principal: Principal): Promise<ImportJob> {
  const job = await deps.imports.get(id);
  if (!job || job.createdBy.id !== principal.id) throw notFound();
  return job;
}

/** The job as the browser shows it: status, progress in rows, and a failure in both languages. */
export function jobView(job: ImportJob): ImportJobView {
  const { objectKey: _key, ...rest } = job;
  const phase = job.status === 'splitting' ? 'split' : job.status === 'validating' ? 'validate' : job.status === 'committing' ? 'commit' : 'done';
  const rowsDone =
    job.status === 'committing' || job.status === 'committed' ? (job.commit?.rowsDone ?? 0) : Math.min(job.totalRows, job.validatedChunks * job.chunkSize);
  return {
    ...rest,
    progress: { phase, rowsDone, rowsTotal: job.totalRows },
    ...(job.failure ? { failureMessage: both(job.failure.code, job.failure.params) } : {}),
  };
}

/**
 * An import job with a page of its report (issues 3 and 4): the dry run's rows with something to say
 * (errors and warnings named by row and column, in zh-CN and en; duplicates with the customer they
 * repeat), or, once committing began, every row's outcome (created, updated, skipped, failed… with the
 * reason). Pages follow the file's order; `nextCursor` continues.
 */
export async function getImport(
  deps: Pick<ImportDeps, 'imports'>,
  id: string,
  query: { report?: 'validation' | 'commit'; cursor?: string },
  principal: Principal,
): Promise<{ job: ImportJobView; report: { kind: 'validation' | 'commit'; rows: (ShownRowReport | ShownRowOutcome)[]; nextCursor: string | null } }> {
  const job = await ownJob(deps, id, principal);
  const kind = query.report ?? (job.commit ? 'commit' : 'validation');
  const afterChunk = query.cursor !== undefined && /^\d+$/.test(query.cursor) ? Number(query.cursor) : undefined;
  const page = await deps.imports.reports(id, kind, { maxChunks: chunksPerPage, afterChunk });
  const rows: (ShownRowReport | ShownRowOutcome)[] = page.items.flatMap((chunk): (ShownRowReport | ShownRowOutcome)[] =>
    kind === 'validation'
      ? (chunk.rows as RowReport[]).map((r) => ({ ...r, issues: r.issues.map((i) => showIssue(job.kind, i)) }))
      : (chunk.rows as RowOutcome[]).map(({ reason, ...r }) => ({
          ...r,
          ...(reason ? { reason: { code: reason.code ?? 'validation', message: reason.code ? both(reason.code, reason.params) : (reason.text ?? { 'zh-CN': '', en: '' }) } } : {}),
        })),
  );
  const last = page.items.at(-1);
  return { job: jobView(job), report: { kind, rows, nextCursor: page.more && last ? String(last.chunk) : null } };
}

/** The caller's import jobs, newest first. */
export async function listImports(deps: Pick<ImportDeps, 'imports'>, query: { limit: number; cursor?: string }, principal: Principal) {
  const page = await deps.imports.listBy(principal.id, query);
  return { items: page.items.map(jobView), nextCursor: page.nextCursor };
}
