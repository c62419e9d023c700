import type { Revisit, RevisitListQuery } from '#shared/schemas/revisit.schema';
import type { Principal } from '#core/principal';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { RevisitDeps } from '../deps';

const dayMs = 86_400_000;
/** Midnight Asia/Shanghai of a 'YYYY-MM-DD' date, as an ISO instant. */
const shanghaiMidnight = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`)).toISOString();

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
    ...(query.to ? { before: new Date(Date.parse(shanghaiMidnight(query.to)) + dayMs).toISOString() } : {}),
  };
  return deps.revisits.page(customer.id, range, { limit: query.limit, cursor: query.cursor });
}
