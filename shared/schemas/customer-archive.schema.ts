import * as z from 'zod';
import { purposeSchema } from '../archive-access';
import { lazySchema } from '../lazy-schema';

/** GET /customers/{id}: the reader's stated purpose (R2 查阅程序); needed for VIP and key customers' confidential sections. */
export const customerReadQuerySchema = lazySchema(() => z.strictObject({
  purpose: purposeSchema.optional(),
}));

/** GET /recycle-bin: newest deletion first. */
export const recycleBinQuerySchema = lazySchema(() => z.strictObject({
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}));
export type RecycleBinQuery = z.infer<typeof recycleBinQuerySchema>;

/** POST /customers/reassign: all of one salesperson's customers, or the ones named, to another. */
export const reassignSchema = lazySchema(() => z.strictObject({
  fromOwnerId: z.string().trim().min(1).max(64),
  toOwnerId: z.string().trim().min(1).max(64),
  customerIds: z.array(z.string().min(1).max(64)).min(1).max(500).optional(),
}));
export type ReassignInput = z.infer<typeof reassignSchema>;

export interface ReassignResult {
  batchId: string;
  /** Customers looked at: the ones named, or the owner's customers taken in this request. */
  requested: number;
  moved: number;
  /** Not (or no longer) the from-owner's, in the bin, or not found. */
  notOwned: number;
  /** In a unit the new owner does not belong to. */
  otherUnit: number;
  /** Changed by someone else while being moved; run again to retry them. */
  conflicted: number;
  /** More of the owner's customers remain than one request moves; call again. */
  more: boolean;
}
