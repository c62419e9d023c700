import { obligationsFor, type Obligation } from '#shared/revisits/obligations';
import { periodOf, previousPeriod, type Period, type PeriodKind } from '#shared/revisits/periods';
import type { RevisitRule } from '#shared/revisits/rules';
import type { Customer } from '#shared/schemas/customer.schema';
import type { RevisitDeps } from '../deps';

/**
 * One customer's obligations of one period kind, for the period holding `at` and the one before it, read
 * with two Queries of its partition (tier history; revisits from the earliest instant either period or
 * a monthly waiver can look at). A customer created after a period ended owes nothing for it.
 * `rules`: the frequency rules in force; read from the settings when not given (callers looping over many
 * customers read them once and pass them).
 */
export async function customerObligations(
  deps: Pick<RevisitDeps, 'revisits' | 'tiers' | 'settings'>,
  customer: Customer,
  kind: PeriodKind,
  at: Date,
  now: Date,
  leadDays: number,
  rules?: readonly RevisitRule[],
): Promise<{ current: Obligation[]; previous: Obligation[]; periods: { current: Period; previous: Period } }> {
  const current = periodOf(kind, at);
  const previous = previousPeriod(current);
  const from = [previous.start, periodOf('half-year', previous.start).start].sort()[0]!;
  const [history, revisits, inForce] = await Promise.all([
    deps.tiers.history(customer.id),
    deps.revisits.between(customer.id, from, current.end),
    rules ?? deps.settings.get().then((s) => s.settings.rules),
  ]);
  const timeline = { tier: customer.tier, history, since: customer.createdAt };
  const evaluate = (p: Period) =>
    customer.createdAt >= p.end ? [] : obligationsFor(timeline, kind, revisits, now, { leadDays, at: p.start, rules: inForce });
  return { current: evaluate(current), previous: evaluate(previous), periods: { current, previous } };
}
