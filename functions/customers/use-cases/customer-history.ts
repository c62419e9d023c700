import { historyVisibility } from '#shared/archive-access';
import { historyChangesView } from '#shared/customer-view';
import type { CustomerHistoryEntry, CustomerHistoryQuery } from '#shared/schemas/customer-history.schema';
import type { Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';
import { getCustomer } from './get-customer';
import { recordReading } from './record-reading';

/**
 * A customer's change history, newest first, for those who may read the customer:
 * 1. reads the customer within the caller's scope;
 * 2. shows before → after under the record's own rules (withheld sections say only that they changed;
 *    phones and emails masked for roles without a need), since history holds the same data;
 * 3. records the reading in the access log like a detail reading.
 */
export async function customerHistory(
  deps: Pick<CustomerDeps, 'customers' | 'history' | 'accessLog' | 'now' | 'newId'>,
  id: string,
  query: CustomerHistoryQuery,
  principal: Principal,
): Promise<{ items: CustomerHistoryEntry[]; nextCursor: string | null }> {
  const customer = await getCustomer(deps, id, principal);
  const visibility = historyVisibility(customer, principal, query.purpose);
  const page = await deps.history.list(id, { limit: query.limit, cursor: query.cursor });
  await recordReading(deps, 'history', customer, visibility, principal, query.purpose);
  return {
    items: page.items.map((e) => ({ ...e, changes: historyChangesView(e.changes, visibility) })),
    nextCursor: page.nextCursor,
  };
}
