import * as z from 'zod';
import { attachmentMaxBytes } from '../attachments';
import { importKinds } from '../imports/columns';
import { roles } from '../roles';
import { lazySchema } from '../lazy-schema';

/** Rows read, checked and committed per step: small enough for one Lambda invocation, whatever the file. */
export const importChunkSize = 500;
/** A file larger than this is refused before any row is checked: split it and import the parts. */
export const importMaxRows = 50_000;

export const importStatuses = ['splitting', 'validating', 'validated', 'committing', 'committed', 'failed'] as const;
export type ImportStatus = (typeof importStatuses)[number];

/** What a commit does with rows whose credit code already belongs to a customer. */
export const duplicateModes = ['skip', 'update'] as const;
export type DuplicateMode = (typeof duplicateModes)[number];

/** Per row, what a commit did: exactly which rows landed and why the others did not. */
export const commitOutcomes = ['created', 'updated', 'unchanged', 'skipped', 'applied', 'duplicate', 'unmatched', 'invalid', 'failed'] as const;
export type CommitOutcome = (typeof commitOutcomes)[number];

const counts = lazySchema(() => z.object({
  rows: z.number().int().nonnegative(),
  ok: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
}));
export type ValidationCounts = z.infer<typeof counts>;

/**
 * An import job (issue 3 customers, issue 4 historic orders): the uploaded file is split into chunks,
 * each chunk checked (dry run), then — when the importer commits — applied, one chunk per step. The job
 * item holds the progress; each chunk's report is its own item, so a 10,000-row report is never one read.
 */
export const importJobSchema = lazySchema(() => z.object({
  id: z.string(),
  kind: z.enum(importKinds),
  status: z.enum(importStatuses),
  fileName: z.string(),
  objectKey: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The importer as the token named them: rows are checked and written with their role and scope. */
  createdBy: z.object({ id: z.string(), name: z.string(), role: z.enum(roles), unitId: z.string().optional() }),
  chunkSize: z.number().int().positive(),
  totalRows: z.number().int().nonnegative(),
  chunkCount: z.number().int().nonnegative(),
  validatedChunks: z.number().int().nonnegative(),
  validation: counts,
  commit: z
    .object({
      duplicates: z.enum(duplicateModes),
      startedAt: z.iso.datetime(),
      finishedAt: z.iso.datetime().optional(),
      committedChunks: z.number().int().nonnegative(),
      rowsDone: z.number().int().nonnegative(),
      outcomes: z.partialRecord(z.enum(commitOutcomes), z.number().int().nonnegative()),
    })
    .optional(),
  /** Why the job stopped: a file it could not read, or a step that kept failing (resumable by committing again). */
  failure: z
    .object({ phase: z.enum(['split', 'validate', 'commit']), chunk: z.number().int().optional(), code: z.string(), params: z.record(z.string(), z.string()).optional() })
    .optional(),
  version: z.number().int().positive(),
}));
export type ImportJob = z.infer<typeof importJobSchema>;

/** POST /imports/uploads: where the browser may PUT the spreadsheet (presigned), before starting the job. */
export const importUploadSchema = lazySchema(() => z.strictObject({
  fileName: z.string().trim().min(1).max(200).refine((n) => n.toLowerCase().endsWith('.xlsx'), { error: 'import_file_unreadable' }),
  size: z.number().int().min(1, { error: 'attachment.size' }).max(attachmentMaxBytes, { error: 'attachment.size' }),
}));

/** POST /imports: the uploaded file becomes a job. */
export const startImportSchema = lazySchema(() => z.strictObject({
  kind: z.enum(importKinds),
  objectKey: z.string().min(1).max(300),
  fileName: z.string().trim().min(1).max(200).optional(),
}));
export type StartImportInput = z.infer<typeof startImportSchema>;

/** POST /imports/{id}/commit. */
export const commitImportSchema = lazySchema(() => z.strictObject({ duplicates: z.enum(duplicateModes).default('skip') }));

/** GET /imports/{id}: which report to page through (the dry run, or the commit once there is one). */
export const importReportQuerySchema = lazySchema(() => z.strictObject({
  report: z.enum(['validation', 'commit']).optional(),
  cursor: z.string().max(200).optional(),
}));

export const importListQuerySchema = lazySchema(() => z.strictObject({
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
}));

const rowIssue = lazySchema(() => z.object({
  column: z.string(),
  severity: z.enum(['error', 'warning']),
  code: z.string().optional(),
  params: z.record(z.string(), z.string()).optional(),
  text: z.object({ 'zh-CN': z.string(), en: z.string() }).optional(),
}));

/** The dry run's word on one row; only rows with something to say are kept. */
export const rowReportSchema = lazySchema(() => z.object({
  row: z.number().int(),
  issues: z.array(rowIssue),
  /** The existing customer (or already-counted order event) this row duplicates. */
  duplicateOf: z.object({ customerId: z.string().optional(), name: z.string().optional(), eventKey: z.string().optional() }).optional(),
}));
export type RowReport = z.infer<typeof rowReportSchema>;

/** What a commit did with one row; every row of a committed chunk has one. */
export const rowOutcomeSchema = lazySchema(() => z.object({
  row: z.number().int(),
  outcome: z.enum(commitOutcomes),
  customerId: z.string().optional(),
  reason: rowIssue.pick({ code: true, params: true, text: true }).optional(),
}));
export type RowOutcome = z.infer<typeof rowOutcomeSchema>;

export const chunkReportSchema = lazySchema(() => z.object({
  importId: z.string(),
  report: z.enum(['validation', 'commit']),
  chunk: z.number().int().nonnegative(),
  rows: z.array(z.union([rowReportSchema, rowOutcomeSchema])),
  /** Set when a failed step's rows were checked one by one afterwards to say which landed. */
  reconciled: z.boolean().optional(),
}));
export type ChunkReport = z.infer<typeof chunkReportSchema>;
