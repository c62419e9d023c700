import { isValidCreditCode, normalizeCreditCode } from '#shared/credit-code';
import { normalizeChinaPhone } from '#shared/phone';
import type { CustomerPage } from '#shared/customer-view';
import type { CustomerListQuery, CustomerSortField } from '#shared/schemas/customer.schema';
import { searchText } from '#shared/search-text';
import { staleCutoff } from '#shared/stale-cutoff';
import type { UnitId } from '#shared/units';
import { dataScope, type Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';
import { acceptRule, planList, type ListCriteria } from './list-plan';
import { summaryFor } from './summary';

/** Ascending by default for name and tier (VIP first); the biggest and the latest first for amount and update. */
const descendingByDefault: Record<CustomerSortField, boolean> = { name: false, tier: false, annualAmount: true, updatedAt: true };

/**
 * Lists and searches customers in the caller's scope, a page at a time (docs/data-model.md, "Finding customers"):
 * 1. scope: a unit user's list is their unit's, whatever they ask; asking for another unit finds nothing;
 * 2. `q` is read as an exact credit code (a direct lookup), else a contact phone, else part of the name;
 * 3. the plan picks partitions that make the request a Query (search entries, or the index sorted the
 *    way asked) and every customer is checked against the whole request before it is returned. Never a Scan;
 * 4. items are summaries: no contacts ever, and VIP and key customers' confidential sections withheld,
 *    since a list is not a logged reading of the archive (R2).
 */
export async function listCustomers(
  deps: Pick<CustomerDeps, 'customers' | 'finder' | 'units' | 'archiveSettings' | 'now'>,
  query: CustomerListQuery,
  principal: Principal,
): Promise<CustomerPage> {
  const units = scopeUnits(principal, query.unitId, await deps.units.codes());
  if (!units.length) return { items: [], nextCursor: null };

  const sort = query.sort ?? 'name';
  const q = query.q ? searchText(query.q) : '';
  const phone = q ? normalizeChinaPhone(query.q!) : undefined;
  const criteria: ListCriteria = {
    units,
    allUnits: !query.unitId && dataScope(principal).kind === 'all',
    ownerId: query.ownerId,
    tier: query.tier,
    kind: query.kind,
    creditRating: query.creditRating,
    // The period is read (one GetItem before the Query) only when the request filters by it (issue 15).
    ...(query.stale === undefined
      ? {}
      : { stale: { only: query.stale, cutoff: staleCutoff(deps.now(), await deps.archiveSettings.stalePeriodMonths()) } }),
    ...(phone ? { phone } : q ? { text: q } : {}),
    sort,
    descending: query.order ? query.order === 'desc' : descendingByDefault[sort],
  };

  const code = query.q ? normalizeCreditCode(query.q) : '';
  if (isValidCreditCode(code)) {
    const hit = await deps.customers.findByCreditCode(code);
    // The code is the whole query: the other criteria still apply.
    const matches = hit && acceptRule({ ...criteria, text: undefined, phone: undefined })(hit);
    return { items: matches ? [summaryFor(hit, principal)] : [], nextCursor: null };
  }

  const page = await deps.finder.page(planList(criteria), { limit: query.limit, cursor: query.cursor });
  return { items: page.items.map((c) => summaryFor(c, principal)), nextCursor: page.nextCursor };
}

/** R1: unit users see their unit only (never widened by a parameter); others all units, or the one asked for. */
export function scopeUnits(principal: Principal, asked: UnitId | undefined, every: readonly UnitId[]): UnitId[] {
  const scope = dataScope(principal);
  if (scope.kind === 'unit') return asked && asked !== scope.unitId ? [] : [scope.unitId];
  return asked ? [asked] : [...every];
}
