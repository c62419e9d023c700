import * as z from 'zod';
import {
  commitImportSchema,
  commitOutcomes,
  importJobSchema,
  importListQuerySchema,
  importReportQuerySchema,
  importUploadSchema,
  rowReportSchema,
  startImportSchema,
} from '../schemas/import.schema';
import { pageOf } from './common.contract';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

const bilingual = lazySchema(() => z.object({ 'zh-CN': z.string(), en: z.string() }));

/** functions/imports/use-cases/get-import.ts jobView: the job without its object key, with progress in rows and a failure in both languages. */
export const importJobViewSchema = lazySchema(() => importJobSchema.omit({ objectKey: true }).extend({
  progress: z.object({ phase: z.enum(['split', 'validate', 'commit', 'done']), rowsDone: z.number().int(), rowsTotal: z.number().int() }),
  failureMessage: bilingual.optional(),
}));

/** shared/imports/row-report.ts ShownIssue: a stored issue with its column named and its message in both languages. */
const shownIssueSchema = lazySchema(() => z.object({ column: z.string(), columnLabel: bilingual, severity: z.enum(['error', 'warning']), code: z.string(), message: bilingual }));
const shownRowReportSchema = lazySchema(() => rowReportSchema.extend({ issues: z.array(shownIssueSchema) }));
const shownRowOutcomeSchema = lazySchema(() => z.object({
  row: z.number().int(),
  outcome: z.enum(commitOutcomes),
  customerId: z.string().optional(),
  reason: z.object({ code: z.string(), message: bilingual }).optional(),
}));

/** functions/core/object-storage.ts PresignedUpload. */
const presignedUploadSchema = lazySchema(() => z.object({ url: z.string(), method: z.literal('PUT'), headers: z.record(z.string(), z.string()), expiresAt: z.string() }));

/** Spreadsheet imports of customers (issue 3) and historic orders (issue 4): upload, dry run, commit. */
export const importsContracts = defineContracts({
  'GET /order-events/import-template': { summary: 'The historic-orders template (.xlsx)' },
  'POST /imports/uploads': { summary: 'Where to PUT the spreadsheet (a presigned upload)', body: importUploadSchema, status: 201, response: lazySchema(() => z.object({ objectKey: z.string(), upload: presignedUploadSchema })) },
  'POST /imports': { summary: 'Start an import from the uploaded file (split and checked in steps)', body: startImportSchema, status: 202, response: importJobViewSchema },
  'GET /imports': { summary: 'The caller’s imports, newest first', query: importListQuerySchema, response: pageOf(importJobViewSchema) },
  'GET /imports/{importId}': {
    summary: 'An import’s progress and a page of its dry-run or commit report',
    query: importReportQuerySchema,
    response: lazySchema(() => z.object({
      job: importJobViewSchema,
      report: z.object({ kind: z.enum(['validation', 'commit']), rows: z.array(z.union([shownRowReportSchema, shownRowOutcomeSchema])), nextCursor: z.string().nullable() }),
    })),
  },
  'POST /imports/{importId}/commit': { summary: 'Commit a validated import (duplicates skipped or updated)', body: commitImportSchema, status: 202, response: importJobViewSchema },
  'GET /customers/import-template': { summary: 'The customers template (.xlsx)' },
});
