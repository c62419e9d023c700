import type { Revisit, RevisitListQuery } from '#shared/schemas/revisit.schema';
import { shanghaiMidnight } from '#shared/shanghai-time';
import type { Principal } from '#core/principal';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { RevisitDeps } from '../deps';


/**
 * A customer's revisits, newest first: the customer must be one the caller can read (same scope as the
 * customer itself); `from`/`to` are Shanghai dates, both inclusive.
 */
export async function listRevisits(
  deps: RevisitDeps,
  customerId: string,
  query: RevisitListQuery,
  principal: Principal,
): Promise<{ items: Revisit[]; nextCursor: string | null }> {
  const customer = await getCustomer(deps, customerId, principal);
  const range = {
    ...(query.from ? { from: shanghaiMidnight(query.from) } : {}),
    ...(query.to ? { before: shanghaiMidnight(query.to, 1) } : {}),
  };
  return deps.revisits.page(customer.id, range, { limit: query.limit, cursor: query.cursor });
}
