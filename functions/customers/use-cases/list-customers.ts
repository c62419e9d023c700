import { isValidCreditCode, normalizeCreditCode } from '#shared/credit-code';
import type { CustomerListQuery, CustomerPage } from '#shared/schemas/customer.schema';
import { keys } from '#core/keys';
import { dataScope, inScope, type Principal } from '#core/principal';
import type { CustomerFilters, CustomerPartition } from '#core/repositories/customer.repository';
import type { CustomerDeps } from '../deps';
import { summaryFor } from './summary';

/**
 * Lists customers in the caller's scope, in name order, a page at a time:
 * 1. an exact credit code in `q` is a direct lookup;
 * 2. otherwise the most selective index partition is queried (owner, unit, tier, then all) and the
 *    remaining filters, including part of the name, narrow it. Never a Scan;
 * 3. items are summaries: no contacts ever, and VIP and key customers' confidential sections withheld,
 *    since a list is not a logged reading of the archive (R2).
 */
export async function listCustomers(
  deps: Pick<CustomerDeps, 'customers'>,
  query: CustomerListQuery,
  principal: Principal,
): Promise<CustomerPage> {
  const scope = dataScope(principal);
  if (scope.kind === 'unit' && query.unitId && query.unitId !== scope.unitId) return { items: [], nextCursor: null };
  const filters: CustomerFilters = {
    unitId: scope.kind === 'unit' ? scope.unitId : query.unitId,
    ownerId: query.ownerId,
    tier: query.tier,
  };

  const code = query.q ? normalizeCreditCode(query.q) : '';
  if (isValidCreditCode(code)) {
    const hit = await deps.customers.findByCreditCode(code);
    const matches =
      hit &&
      !hit.deletedAt &&
      inScope(scope, hit) &&
      (!filters.unitId || hit.unitId === filters.unitId) &&
      (!filters.ownerId || hit.ownerId === filters.ownerId) &&
      (!filters.tier || hit.tier === filters.tier);
    return { items: matches ? [summaryFor(hit, principal)] : [], nextCursor: null };
  }

  const { partition, rest } = choosePartition(filters);
  const page = await deps.customers.list(partition, { ...rest, nameContains: query.q || undefined }, {
    limit: query.limit,
    cursor: query.cursor,
  });
  // A binned customer has no list index entries; the check only guards against a writer that re-adds them.
  return { items: page.items.filter((c) => !c.deletedAt).map((c) => summaryFor(c, principal)), nextCursor: page.nextCursor };
}

function choosePartition(f: CustomerFilters): { partition: CustomerPartition; rest: CustomerFilters } {
  const { unitId, ownerId, tier } = f;
  if (ownerId) return { partition: keys.customerPartitions.owner(ownerId), rest: { unitId, tier } };
  if (unitId) return { partition: keys.customerPartitions.unit(unitId), rest: { tier } };
  if (tier) return { partition: keys.customerPartitions.tier(tier), rest: {} };
  return { partition: keys.customerPartitions.all(), rest: {} };
}
