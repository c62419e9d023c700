import { judgingInstant } from '#shared/revisits/judging-instant';
import { obligationsFor, type Obligation } from '#shared/revisits/obligations';
import { periodOf, previousPeriod, type Period, type PeriodKind } from '#shared/revisits/periods';
import type { Customer } from '#shared/schemas/customer.schema';
import type { StoredRevisitSettings } from '#core/repositories/revisit-settings.repository';
import { settingsInForce } from '#core/repositories/versioned-settings.repository';
import type { RevisitDeps } from '../deps';

/** The revisit settings in force at an instant, remembered for one request or run (settingsInForce). */
export type RevisitSettingsAt = (instant: string) => Promise<StoredRevisitSettings>;

/**
 * One customer's obligations of one period kind, for the period holding `at` and the one before it, read
 * with two Queries of its partition (tier history; revisits from the earliest instant either period or
 * a monthly waiver can look at). A customer created after a period ended owes nothing for it.
 * Each period is judged by the frequency rules in force at its judging instant (shared/revisits/judging-instant.ts):
 * the running one by today's, one that has closed by those it closed under. `settingsAt`: callers looping
 * over many customers share one, so each instant is read once; without it this call makes its own.
 * `leadDays` is today's reminder timing: it only tells "due soon" from "open" in the running period.
 */
export async function customerObligations(
  deps: Pick<RevisitDeps, 'revisits' | 'tiers' | 'settings'>,
  customer: Customer,
  kind: PeriodKind,
  at: Date,
  now: Date,
  leadDays: number,
  settingsAt: RevisitSettingsAt = settingsInForce(deps.settings),
): Promise<{ current: Obligation[]; previous: Obligation[]; periods: { current: Period; previous: Period } }> {
  const current = periodOf(kind, at);
  const previous = previousPeriod(current);
  const from = [previous.start, periodOf('half-year', previous.start).start].sort()[0]!;
  const [history, revisits, currentRules, previousRules] = await Promise.all([
    deps.tiers.history(customer.id),
    deps.revisits.between(customer.id, from, current.end),
    settingsAt(judgingInstant(current, now)).then((s) => s.settings.rules),
    settingsAt(judgingInstant(previous, now)).then((s) => s.settings.rules),
  ]);
  const timeline = { tier: customer.tier, history, since: customer.createdAt };
  const evaluate = (p: Period, rules: typeof currentRules) =>
    customer.createdAt >= p.end ? [] : obligationsFor(timeline, kind, revisits, now, { leadDays, at: p.start, rules });
  return { current: evaluate(current, currentRules), previous: evaluate(previous, previousRules), periods: { current, previous } };
}
