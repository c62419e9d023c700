import * as z from 'zod';
import { followUpRequestSchema } from './follow-up-request.schema';

/**
 * POST /customers/{customerId}/revisits/{revisitId}/issues/{itemId}/service-request: a follow-up item raised
 * in a revisit becomes a service request (R6 → R7). What the customer said is the item as recorded; the
 * receiver may add to it, never replace it.
 */
export const followUpToRequestSchema = followUpRequestSchema;
export type FollowUpToRequest = z.infer<typeof followUpToRequestSchema>;
