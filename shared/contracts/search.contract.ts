import * as z from 'zod';
import { searchQuerySchema } from '../schemas/search.schema';
import { customerSummarySchema } from './customers.contract';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

/** The header search (issue 12): a handful of each kind, in the caller's scope, masked as the lists are. */
export const searchResultsSchema = lazySchema(() => z.object({
  customers: z.array(customerSummarySchema),
  serviceRequests: z.array(
    z.object({ id: z.string(), customerId: z.string(), customerName: z.string(), kind: z.string(), status: z.string(), createdAt: z.string() }),
  ),
  visits: z.array(z.object({ id: z.string(), customerId: z.string(), customerName: z.string(), arrivalAt: z.string(), status: z.string() })),
}));

export const searchContracts = defineContracts({
  'GET /search': { summary: 'Customers, service requests and visits matching the words', query: searchQuerySchema, response: searchResultsSchema },
});
