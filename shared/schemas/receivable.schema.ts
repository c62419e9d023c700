import * as z from 'zod';
import { lazySchema } from '../lazy-schema';

/** GET /receivables/overdue: narrowed to a unit or an owner (always within the caller's scope). */
export const overdueQuerySchema = lazySchema(() => z.strictObject({
  unitId: z.string().trim().min(1).max(64).optional(),
  ownerId: z.string().trim().min(1).max(128).optional(),
}));
export type OverdueQuery = z.infer<typeof overdueQuerySchema>;

/** One overdue order (shared/orders/overdue.ts). */
export const overdueRowSchema = lazySchema(() => z.object({
  customerId: z.string(),
  customerName: z.string(),
  unitId: z.string(),
  ownerId: z.string(),
  orderId: z.string(),
  paymentDueDate: z.string(),
  daysOverdue: z.number().int(),
  overdueFen: z.number().int(),
}));
export type OverdueRow = z.infer<typeof overdueRowSchema>;

/** The overdue orders of one owner or unit (`key`), summed. */
export const overdueGroupSchema = lazySchema(() => z.object({ key: z.string(), orders: z.number().int(), overdueFen: z.number().int() }));
export type OverdueGroup = z.infer<typeof overdueGroupSchema>;

/** GET /receivables/overdue */
export const overdueListSchema = lazySchema(() => z.object({
  today: z.iso.date(),
  items: z.array(overdueRowSchema),
  overdueFen: z.number().int(),
  byOwner: z.array(overdueGroupSchema),
  byUnit: z.array(overdueGroupSchema),
  /** True when more overdue orders exist than one read takes (functions/core/repositories/receivable.repository.ts). */
  truncated: z.boolean(),
}));
export type OverdueList = z.infer<typeof overdueListSchema>;
