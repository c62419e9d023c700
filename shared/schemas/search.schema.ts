import * as z from 'zod';
import type { CustomerSummary } from '../customer-view';
import { lazySchema } from '../lazy-schema';

/** GET /search?q= — what someone typed into the header search box. */
export const searchQuerySchema = lazySchema(() => z.strictObject({
  q: z.string().trim().min(1).max(100),
}));
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** At most this many results of each kind: the box shows a handful, the lists hold the rest. */
export const searchGroupSize = 5;

export interface SearchRequestHit {
  id: string;
  customerId: string;
  customerName: string;
  kind: string;
  status: string;
  createdAt: string;
}

export interface SearchVisitHit {
  id: string;
  customerId: string;
  customerName: string;
  arrivalAt: string;
  status: string;
}

/** Results grouped by kind, each in the caller's scope and masked as the lists are. */
export interface SearchResults {
  customers: CustomerSummary[];
  serviceRequests: SearchRequestHit[];
  visits: SearchVisitHit[];
}
