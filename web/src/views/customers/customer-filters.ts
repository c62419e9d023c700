import { customerKinds, customerSortFields, tiers, type CustomerKind, type CustomerSortField, type Tier } from '#shared/customer-options';
import type { CreditRating } from '#shared/schemas/customer.schema';
import { isUnitCode, type UnitId } from '#shared/units';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { CustomerListParams } from '../../api/customers.api';

/** The list's search, filters and order; kept in the URL so Back returns to the same list. */
export interface CustomerFilters {
  q: string;
  tier: Tier | '';
  kind: CustomerKind | '';
  unitId: UnitId | '';
  ownerId: string;
  creditRating: CreditRating | '';
  /** Archive freshness (R2): only stale archives, only current ones, or all. */
  stale: 'true' | 'false' | '';
  /** Empty for the default order (by name). */
  sort: CustomerSortField | '';
}

const one = (v: LocationQuery[string] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const known = <T extends string>(list: readonly T[], v: string): T | '' => list.find((x) => x === v) ?? '';

export function filtersFromQuery(query: LocationQuery): CustomerFilters {
  return {
    q: one(query.q),
    tier: known(tiers, one(query.tier)),
    kind: known(customerKinds, one(query.kind)),
    // Any well-formed code: units are records (the API answers an unknown one with an empty list).
    unitId: isUnitCode(one(query.unitId)) ? one(query.unitId) : '',
    ownerId: one(query.ownerId),
    // Any grade: the administrator's list may have changed since the link was made; the API checks the shape.
    creditRating: one(query.creditRating).trim().slice(0, 10),
    stale: known(['true', 'false'] as const, one(query.stale)),
    sort: known(customerSortFields, one(query.sort)),
  };
}

export function queryFromFilters(f: CustomerFilters): LocationQueryRaw {
  return Object.fromEntries(
    Object.entries({
      q: f.q.trim(),
      tier: f.tier,
      kind: f.kind,
      unitId: f.unitId,
      ownerId: f.ownerId,
      creditRating: f.creditRating,
      stale: f.stale,
      // Name order is the default, so it stays out of the URL.
      sort: f.sort === 'name' ? '' : f.sort,
    }).filter(([, v]) => v !== ''),
  );
}

/** The API query (and the export's filter): unset filters left out; each sort in its own default direction. */
export function paramsFromFilters(f: CustomerFilters): CustomerListParams {
  return {
    q: f.q.trim() || undefined,
    tier: f.tier || undefined,
    kind: f.kind || undefined,
    unitId: f.unitId || undefined,
    ownerId: f.ownerId || undefined,
    creditRating: f.creditRating || undefined,
    stale: f.stale || undefined,
    sort: f.sort || undefined,
  };
}
