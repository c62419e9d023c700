import * as z from 'zod';
import { purposeSchema } from '../archive-access';
import { lazySchema } from '../lazy-schema';

/** What happened to a customer (R2: every change is kept as history). */
export const historyActions = ['create', 'update', 'delete', 'restore', 'reassign', 'verify'] as const;
export type HistoryAction = (typeof historyActions)[number];

/** One field's before → after. `masked` when the reader may not see this section's values. */
export const fieldChangeSchema = lazySchema(() => z.object({
  field: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  masked: z.boolean().optional(),
}));
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** One history entry, written in the same transaction as the change it records; keyed by the version it made. */
export const customerHistoryEntrySchema = lazySchema(() => z.object({
  customerId: z.string(),
  version: z.number().int().positive(),
  action: z.enum(historyActions),
  at: z.iso.datetime(),
  by: z.object({ id: z.string(), name: z.string(), role: z.string() }),
  changes: z.array(fieldChangeSchema),
  /** Ties the entries of one bulk reassignment together. */
  batchId: z.string().optional(),
}));
export type CustomerHistoryEntry = z.infer<typeof customerHistoryEntrySchema>;

/** GET /customers/{id}/history: the same purpose as reading the record, and a page. */
export const customerHistoryQuerySchema = lazySchema(() => z.strictObject({
  purpose: purposeSchema.optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}));
export type CustomerHistoryQuery = z.infer<typeof customerHistoryQuerySchema>;
