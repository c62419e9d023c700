import type { Tier } from '../schemas/customer.schema';
import { tierOrder } from '../tiers';
import { contains, periodOf, type Period, type PeriodKind } from './periods';
import { defaultRevisitRules, type RevisitChannel, type RevisitRule, type VisitorRank } from './rules';

/** What the rules need of a revisit record. */
export interface RevisitFact {
  id: string;
  visitedAt: string;
  channel: RevisitChannel;
  visitors: readonly { rank: VisitorRank }[];
}

/** What the rules need of a tier-history entry (shared/schemas/tier-history.schema.ts). */
export interface TierChange {
  at: string;
  fromTier: Tier;
  toTier: Tier;
}

/** The customer's tier now, with its changes (any order) when the period may have seen one. */
export interface TierTimeline {
  tier: Tier;
  history?: readonly TierChange[];
  /** When the customer came into the archive: time before it does not count towards any tier. */
  since?: string;
}

export type ObligationStatus = 'met' | 'open' | 'due-soon' | 'overdue';

export interface Obligation {
  /** `<ruleId>#<periodId>`: stable, so a reminder can be deduplicated by it. */
  key: string;
  rule: RevisitRule;
  period: Period;
  /** The tier the period is judged by (see `tierForPeriod`). */
  tier: Tier;
  status: ObligationStatus;
  /** Qualifying revisits in the period, up to now. */
  metBy: string[];
}

export interface ObligationOptions {
  /** An obligation not met within this many days of its period's end is `due-soon`. */
  leadDays: number;
  rules?: readonly RevisitRule[];
}

const dayMs = 86_400_000;

/**
 * The tier a customer is judged by for a period: the tier it held for the longest part of the period.
 * The timeline is rebuilt from the history entries (each change at its instant); the tier at the start is
 * the `toTier` of the last change before the period, else the `fromTier` of the first change after its start, else
 * the current tier; the current tier is assumed to hold until the period ends (the rest of a running
 * period is not known yet, so today's tier stands for it). Time before the customer was created does not
 * count (a customer created mid-period is judged by the tiers it has held since). A tie goes to the higher tier: when a customer
 * was VIP and key for equal time, the stricter obligation applies.
 */
export function tierForPeriod(timeline: TierTimeline, period: Period): Tier {
  const changes = [...(timeline.history ?? [])].sort((a, b) => a.at.localeCompare(b.at));
  const start = Math.max(Date.parse(period.start), timeline.since ? Date.parse(timeline.since) : -Infinity);
  const end = Math.max(Date.parse(period.end), start);
  const before = changes.filter((c) => Date.parse(c.at) < start).at(-1);
  const inside = changes.filter((c) => Date.parse(c.at) >= start && Date.parse(c.at) < end);
  let tier: Tier = before?.toTier ?? changes.find((c) => Date.parse(c.at) >= start)?.fromTier ?? timeline.tier;
  let from = start;
  const held = new Map<Tier, number>();
  for (const change of inside) {
    const at = Date.parse(change.at);
    held.set(tier, (held.get(tier) ?? 0) + at - from);
    tier = change.toTier;
    from = at;
  }
  held.set(tier, (held.get(tier) ?? 0) + end - from);
  // VIP first: on a tie the first (higher) tier seen keeps its place.
  let best: Tier | undefined;
  for (const t of tierOrder) if (held.has(t) && (best === undefined || held.get(t)! > held.get(best)!)) best = t;
  return best ?? tier;
}

function qualifies(rule: RevisitRule, r: RevisitFact): boolean {
  return rule.channels.includes(r.channel) && r.visitors.some((v) => rule.ranks.includes(v.rank));
}

/** The revisits that meet `rule` in `period`, made no later than `now`. */
function qualifying(rule: RevisitRule, period: Period, revisits: readonly RevisitFact[], now: Date): RevisitFact[] {
  return revisits.filter((r) => contains(period, r.visitedAt) && Date.parse(r.visitedAt) <= now.getTime() && qualifies(rule, r));
}

/**
 * The obligations of one customer for the period of `kind` that holds `at` (by default now), with their
 * status at `now`: `met` when enough qualifying revisits were made in the period; otherwise `overdue` once
 * the period has ended, `due-soon` within `leadDays` of its end, else `open`. Rules are judged by the tier
 * held for most of the period. A rule with `waivedBy` is left out when the waiving rule is met in its own
 * period by a revisit made before this period ends.
 */
export function obligationsFor(
  timeline: TierTimeline,
  kind: PeriodKind,
  revisits: readonly RevisitFact[],
  now: Date,
  options: ObligationOptions & { at?: Date | string },
): Obligation[] {
  const rules = options.rules ?? defaultRevisitRules;
  const period = periodOf(kind, options.at ?? now);
  const tier = tierForPeriod(timeline, period);
  const out: Obligation[] = [];
  for (const rule of rules.filter((r) => r.tier === tier && r.period === kind)) {
    if (rule.waivedBy) {
      const waiver = rules.find((r) => r.id === rule.waivedBy);
      if (waiver) {
        const cutoff = new Date(Math.min(now.getTime(), Date.parse(period.end) - 1));
        if (qualifying(waiver, periodOf(waiver.period, period.start), revisits, cutoff).length >= waiver.minCount) continue;
      }
    }
    const metBy = qualifying(rule, period, revisits, now).map((r) => r.id);
    const end = Date.parse(period.end);
    const status: ObligationStatus =
      metBy.length >= rule.minCount ? 'met' : now.getTime() >= end ? 'overdue' : end - now.getTime() <= options.leadDays * dayMs ? 'due-soon' : 'open';
    out.push({ key: `${rule.id}#${period.id}`, rule, period, tier, status, metBy });
  }
  return out;
}
