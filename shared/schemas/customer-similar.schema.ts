import * as z from 'zod';
import type { UnitId } from '../units';
import type { Tier } from './customer.schema';
import { lazySchema } from '../lazy-schema';

/**
 * GET /customers/similar?name=: what the create (or edit) form asks before saving. `excludeId` leaves
 * out the customer being edited.
 */
export const customerSimilarQuerySchema = lazySchema(() => z.strictObject({
  name: z.string().trim().min(1).max(100),
  excludeId: z.string().trim().min(1).max(64).optional(),
}));
export type CustomerSimilarQuery = z.infer<typeof customerSimilarQuerySchema>;

/**
 * An existing customer whose name looks like the same company (shared/company-name.ts). Only what tells
 * the user which record it is: never contacts nor any other confidential section (R2).
 * `same-name`: the same name once legal-form endings, bracket shapes and widths are set aside;
 * `contains`: its name contains the new name's core (e.g. a longer name of the same group).
 */
export interface SimilarCustomer {
  id: string;
  name: string;
  unitId: UnitId;
  ownerId: string;
  tier: Tier;
  match: 'same-name' | 'contains';
}

export interface SimilarCustomers {
  items: SimilarCustomer[];
}

/** A warning in a write response: the write happened, but the user should look at something. */
export interface CustomerWriteWarning {
  code: 'similar_names';
  message: string;
  customers: SimilarCustomer[];
}
