import { z } from 'zod';
import { archiveSections, confidentialSections } from '../archive-sections';
import { roles } from '../roles';

/**
 * One reading of a customer archive (R2 查阅记录): who, when, which customer, what was shown, why.
 * Append-only: written once with `attribute_not_exists`, and no route changes or deletes it.
 */
export const accessLogEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  /**
   * `detail`: GET /customers/{id}; `history`: its change history, which shows the same data;
   * `attachments`: the list of its files; `attachment-download`: one file handed out (`attachmentId`);
   * `export`: an Excel export of many customers (customerId `*`, with `rowCount` and `filters`).
   */
  action: z.enum(['detail', 'history', 'attachments', 'attachment-download', 'export']),
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
});
/** The customer id an export's entry is filed under: it names many customers, so it names none. */
export const exportLogCustomerId = '*';
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;

const day = z.iso.date();

/** GET /access-log: by customer, by reader, by Shanghai dates (inclusive), newest first. */
export const accessLogQuerySchema = z
  .strictObject({
    customerId: z.string().trim().min(1).max(64).optional(),
    userId: z.string().trim().min(1).max(64).optional(),
    from: day.optional(),
    to: day.optional(),
    cursor: z.string().max(2000).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'accessLog.range', path: ['to'] });
export type AccessLogQuery = z.infer<typeof accessLogQuerySchema>;
