import * as z from 'zod';
import type { OverdueGroup, OverdueRow } from '../orders/overdue';

/** GET /receivables/overdue: narrowed to a unit or an owner (always within the caller's scope). */
export const overdueQuerySchema = z.strictObject({
  unitId: z.string().trim().min(1).max(64).optional(),
  ownerId: z.string().trim().min(1).max(128).optional(),
});
export type OverdueQuery = z.infer<typeof overdueQuerySchema>;

export interface OverdueList {
  today: string;
  items: OverdueRow[];
  overdueFen: number;
  byOwner: OverdueGroup[];
  byUnit: OverdueGroup[];
  /** True when more overdue orders exist than one read takes (functions/core/repositories/receivable.repository.ts). */
  truncated: boolean;
}
