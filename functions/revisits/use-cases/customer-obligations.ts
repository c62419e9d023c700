import { obligationsFor, type Obligation } from '#shared/revisits/obligations';
import { periodOf, previousPeriod, type Period, type PeriodKind } from '#shared/revisits/periods';
import type { Customer } from '#shared/schemas/customer.schema';
import type { RevisitDeps } from '../deps';

/**
 * One customer's obligations of one period kind, for the period holding `at` and the one before it, read
 * with two Queries of its partition (tier history; revisits from the earliest instant either period or
 * a monthly waiver can look at). A customer created after a period ended owes nothing for it.
 */
export async function customerObligations(
  deps: Pick<RevisitDeps, 'revisits' | 'tiers'>,
  customer: Customer,
  kind: PeriodKind,
  at: Date,
  now: Date,
  leadDays: number,
): Promise<{ current: Obligation[]; previous: Obligation[]; periods: { current: Period; previous: Period } }> {
  const current = periodOf(kind, at);
  const previous = previousPeriod(current);
  const from = [previous.start, periodOf('half-year', previous.start).start].sort()[0]!;
  const [history, revisits] = await Promise.all([deps.tiers.history(customer.id), deps.revisits.between(customer.id, from, current.end)]);
  const timeline = { tier: customer.tier, history, since: customer.createdAt };
  const evaluate = (p: Period) =>
    customer.createdAt >= p.end ? [] : obligationsFor(timeline, kind, revisits, now, { leadDays, at: p.start });
  return { current: evaluate(current), previous: evaluate(previous), periods: { current, previous } };
}
