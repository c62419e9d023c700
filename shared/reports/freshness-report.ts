import { staleFrom } from '../archive-freshness';
import { compareNames } from '../name-order';
import { shanghaiDate } from '../shanghai-time';
import type { Tier } from '../schemas/customer.schema';

export interface FreshnessCustomer {
  id: string;
  name: string;
  unitId: string;
  ownerId: string;
  tier: Tier;
  createdAt: string;
  lastVerifiedAt?: string;
}

export interface FreshnessShare {
  total: number;
  stale: number;
  /** stale / total, 0–1; 0 when there are none. */
  share: number;
}

export interface StaleArchive {
  customerId: string;
  customerName: string;
  unitId: string;
  ownerId: string;
  tier: Tier;
  /** Shanghai date of the last verification, or of creation for one never verified. */
  since: string;
  staleFrom: string;
}

export interface FreshnessReport {
  periodMonths: number;
  total: FreshnessShare & { neverVerified: number };
  byUnit: (FreshnessShare & { unitId: string })[];
  byOwner: (FreshnessShare & { unitId: string; ownerId: string })[];
  /** Stale archives once verified, the longest unverified first. */
  stale: StaleArchive[];
  /** Archives never verified since creation (stale or not), the oldest first: apart, as R2's reminders treat them. */
  neverVerified: (StaleArchive & { stale: boolean })[];
}

const share = (total: number, stale: number): FreshnessShare => ({ total, stale, share: total ? stale / total : 0 });

/** Archive freshness (R2, R8): the stale share by unit and by owner, the stale ones oldest first, never-verified apart. */
export function freshnessReport(customers: readonly FreshnessCustomer[], now: Date, periodMonths: number): FreshnessReport {
  const today = shanghaiDate(now);
  const units = new Map<string, { total: number; stale: number }>();
  const owners = new Map<string, { unitId: string; ownerId: string; total: number; stale: number }>();
  const stale: StaleArchive[] = [];
  const never: FreshnessReport['neverVerified'] = [];
  let staleCount = 0;
  for (const c of customers) {
    const from = staleFrom(c, periodMonths);
    const isStale = today >= from;
    const u = units.get(c.unitId) ?? { total: 0, stale: 0 };
    u.total++;
    const okey = `${c.unitId}#${c.ownerId}`;
    const o = owners.get(okey) ?? { unitId: c.unitId, ownerId: c.ownerId, total: 0, stale: 0 };
    o.total++;
    if (isStale) {
      u.stale++;
      o.stale++;
      staleCount++;
    }
    units.set(c.unitId, u);
    owners.set(okey, o);
    const item: StaleArchive = {
      customerId: c.id,
      customerName: c.name,
      unitId: c.unitId,
      ownerId: c.ownerId,
      tier: c.tier,
      since: shanghaiDate(c.lastVerifiedAt ?? c.createdAt),
      staleFrom: from,
    };
    if (!c.lastVerifiedAt) never.push({ ...item, stale: isStale });
    else if (isStale) stale.push(item);
  }
  const oldestFirst = (a: StaleArchive, b: StaleArchive) => a.since.localeCompare(b.since) || compareNames(a.customerName, b.customerName);
  return {
    periodMonths,
    total: { ...share(customers.length, staleCount), neverVerified: never.length },
    byUnit: [...units.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([unitId, v]) => ({ unitId, ...share(v.total, v.stale) })),
    byOwner: [...owners.values()]
      .map((o) => ({ unitId: o.unitId, ownerId: o.ownerId, ...share(o.total, o.stale) }))
      .sort((a, b) => b.share - a.share || a.unitId.localeCompare(b.unitId) || a.ownerId.localeCompare(b.ownerId)),
    stale: stale.sort(oldestFirst),
    neverVerified: never.sort(oldestFirst),
  };
}
