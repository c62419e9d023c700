import { tiers, type Tier } from '#shared/schemas/customer.schema';
import { unitIds, type UnitId } from '#shared/units';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { CustomerListParams } from '../../api/customers.api';

/** The list's search and filters; kept in the URL so Back returns to the same list. */
export interface CustomerFilters {
  q: string;
  tier: Tier | '';
  unitId: UnitId | '';
  ownerId: string;
}

const one = (v: LocationQuery[string] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

export function filtersFromQuery(query: LocationQuery): CustomerFilters {
  const tier = one(query.tier);
  const unitId = one(query.unitId);
  return {
    q: one(query.q),
    tier: tiers.find((t) => t === tier) ?? '',
    unitId: unitIds.find((u) => u === unitId) ?? '',
    ownerId: one(query.ownerId),
  };
}

export function queryFromFilters(f: CustomerFilters): LocationQueryRaw {
  return Object.fromEntries(
    Object.entries({ q: f.q.trim(), tier: f.tier, unitId: f.unitId, ownerId: f.ownerId }).filter(([, v]) => v !== ''),
  );
}

export function paramsFromFilters(f: CustomerFilters): CustomerListParams {
  return {
    q: f.q.trim() || undefined,
    tier: f.tier || undefined,
    unitId: f.unitId || undefined,
    ownerId: f.ownerId || undefined,
  };
}
