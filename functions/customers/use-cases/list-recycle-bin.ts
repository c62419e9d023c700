import type { CustomerSummary } from '#shared/customer-view';
import type { RecycleBinQuery } from '#shared/schemas/customer-archive.schema';
import type { Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';
import { summaryFor } from './summary';

/** The recycle bin, most recently deleted first, as list summaries (with who deleted each and when). */
export async function listRecycleBin(
  deps: Pick<CustomerDeps, 'customers'>,
  query: RecycleBinQuery,
  principal: Principal,
): Promise<{ items: CustomerSummary[]; nextCursor: string | null }> {
  const page = await deps.customers.listRecycleBin({ limit: query.limit, cursor: query.cursor });
  return {
    items: page.items.map((c) => summaryFor(c, principal)),
    nextCursor: page.nextCursor,
  };
}
