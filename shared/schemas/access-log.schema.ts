import * as z from 'zod';
import { archiveSections, confidentialSections } from '../archive-sections';
import { roles } from '../roles';
import { lazySchema } from '../lazy-schema';

/**
 * One reading of a customer archive (R2 查阅记录): who, when, which customer, what was shown, why.
 * Append-only: written once with `attribute_not_exists`, and no route changes or deletes it.
 */
export const accessLogEntrySchema = lazySchema(() => z.object({
  id: z.string(),
  at: z.iso.datetime(),
  /**
   * `detail`: GET /customers/{id}; `history`: its change history, which shows the same data;
   * `attachments`: the list of its files; `attachment-download`: one file handed out (`attachmentId`);
   * `export`: an Excel export of many customers (customerId `*`, with `rowCount` and `filters`);
   * `log-export`: an Excel export of this log itself (customerId `*`, with `rowCount` and `filters`): it
   * names who read which customer and why, so taking a copy of it is recorded like any other export.
   */
  action: z.enum(['detail', 'history', 'attachments', 'attachment-download', 'export', 'log-export']),
  customerId: z.string(),
  customerName: z.string(),
  reader: z.object({ id: z.string(), name: z.string(), role: z.enum(roles), unitId: z.string().optional() }),
  sections: z.array(z.enum(archiveSections)),
  maskedSections: z.array(z.enum(confidentialSections)),
  contactDetailsMasked: z.boolean(),
  purpose: z.string().optional(),
  attachmentId: z.string().optional(),
  fileName: z.string().optional(),
  rowCount: z.number().int().nonnegative().optional(),
  filters: z.record(z.string(), z.string()).optional(),
}));
/** The customer id an export's entry is filed under: it names many customers, so it names none. */
export const exportLogCustomerId = '*';
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;

const day = lazySchema(() => z.iso.date());

/** The log's filters: by customer, by reader, by Shanghai dates (inclusive). */
const accessLogFilters = () => ({
  customerId: z.string().trim().min(1).max(64).optional(),
  userId: z.string().trim().min(1).max(64).optional(),
  from: day.optional(),
  to: day.optional(),
});
const inOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const rangeError = () => ({ error: 'accessLog.range', path: ['to'] });

/** GET /access-log: by customer, by reader, by Shanghai dates (inclusive), newest first. */
export const accessLogQuerySchema = lazySchema(() => z
  .strictObject({
    ...accessLogFilters(),
    cursor: z.string().max(2000).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .refine(inOrder, rangeError()));
export type AccessLogQuery = z.infer<typeof accessLogQuerySchema>;

/** GET /access-log/export: the search's own filters, every matching entry rather than a page. */
export const accessLogExportQuerySchema = lazySchema(() => z.strictObject(accessLogFilters()).refine(inOrder, rangeError()));
export type AccessLogExportQuery = z.infer<typeof accessLogExportQuerySchema>;
