import * as z from 'zod';
import { requestKinds } from './service-request.schema';

/**
 * POST /customers/{customerId}/revisits/{revisitId}/issues/{itemId}/service-request: a follow-up item raised
 * in a revisit becomes a service request (R6 → R7). What the customer said is the item as recorded; the
 * receiver may add to it, never replace it.
 */
export const followUpToRequestSchema = z.strictObject({
  kind: z.enum(requestKinds),
  contact: z.strictObject({ name: z.string().trim().min(1).max(50), phone: z.string().trim().max(30).optional() }),
  /** Added below the item's own words in the request's statement. */
  note: z.string().trim().max(3000).optional(),
});
export type FollowUpToRequest = z.infer<typeof followUpToRequestSchema>;
