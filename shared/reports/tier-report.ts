import type { Tier } from '../schemas/customer.schema';
import type { TierHistoryEntry } from '../schemas/tier-history.schema';
import { compareNames } from '../name-order';
import { tierOrder } from '../tiers';
import { tierDirection } from '../home/home-figures';

export interface TierReportCustomer {
  id: string;
  name: string;
  unitId: string;
  tier: Tier;
  createdAt: string;
  /** Its tier changes, any order. */
  history: Pick<TierHistoryEntry, 'at' | 'fromTier' | 'toTier' | 'source' | 'rule' | 'annualAmountFen' | 'creditRating' | 'reason' | 'by'>[];
}

export interface TierMove {
  customerId: string;
  customerName: string;
  unitId: string;
  at: string;
  from: Tier;
  to: Tier;
  direction: 'up' | 'down';
  source: TierHistoryEntry['source'];
  rule: TierHistoryEntry['rule'];
  annualAmountFen: number;
  creditRating: string;
  reason?: string;
}

export interface TierReportRow {
  unitId: string;
  tier: Tier;
  /** Customers in the tier when the period began and when it ended. */
  atStart: number;
  atEnd: number;
  /** Moves into and out of the tier during the period. */
  movedIn: number;
  movedOut: number;
}

export interface TierReport {
  start: string;
  end: string;
  rows: TierReportRow[];
  byUnit: { unitId: string; up: number; down: number }[];
  moves: TierMove[];
}

/**
 * The tier a customer held at an instant, from its history: the `toTier` of the last change at or before
 * it; before its first change, that change's `fromTier`; with no change at all, its tier now. Undefined
 * when the customer did not exist yet.
 */
export function tierAt(c: TierReportCustomer, instant: string): Tier | undefined {
  if (c.createdAt > instant) return undefined;
  const sorted = [...c.history].sort((a, b) => a.at.localeCompare(b.at));
  const before = sorted.filter((e) => e.at <= instant).pop();
  if (before) return before.toTier;
  return sorted[0]?.fromTier ?? c.tier;
}

/**
 * Tier distribution and changes over [start, end) (UTC instants; the report's Shanghai dates turned into
 * them), by unit and tier, from the tier history (R3, R8): who was where at each end, the moves up (towards
 * VIP) and down, and each move with old → new and why, newest first.
 */
export function tierReport(customers: readonly TierReportCustomer[], units: readonly string[], start: string, end: string): TierReport {
  const rows = new Map<string, TierReportRow>();
  for (const unitId of units) for (const tier of tierOrder) rows.set(`${unitId}#${tier}`, { unitId, tier, atStart: 0, atEnd: 0, movedIn: 0, movedOut: 0 });
  const moves: TierMove[] = [];
  for (const c of customers) {
    const row = (tier: Tier) => rows.get(`${c.unitId}#${tier}`);
    const s = tierAt(c, start);
    // `end` is exclusive: the tier held at its last instant.
    const e = tierAt(c, new Date(Date.parse(end) - 1).toISOString());
    if (s) row(s)!.atStart++;
    if (e) row(e)!.atEnd++;
    for (const h of c.history) {
      if (h.at < start || h.at >= end) continue;
      const direction = tierDirection(h.fromTier, h.toTier);
      if (direction === 'same') continue;
      row(h.toTier)!.movedIn++;
      row(h.fromTier)!.movedOut++;
      moves.push({
        customerId: c.id,
        customerName: c.name,
        unitId: c.unitId,
        at: h.at,
        from: h.fromTier,
        to: h.toTier,
        direction,
        source: h.source,
        rule: h.rule,
        annualAmountFen: h.annualAmountFen,
        creditRating: h.creditRating,
        ...(h.reason ? { reason: h.reason } : {}),
      });
    }
  }
  moves.sort((a, b) => b.at.localeCompare(a.at) || compareNames(a.customerName, b.customerName));
  return {
    start,
    end,
    rows: [...rows.values()],
    byUnit: units.map((unitId) => ({
      unitId,
      up: moves.filter((m) => m.unitId === unitId && m.direction === 'up').length,
      down: moves.filter((m) => m.unitId === unitId && m.direction === 'down').length,
    })),
    moves,
  };
}
