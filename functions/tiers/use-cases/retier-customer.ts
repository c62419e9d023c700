import { planRetier } from '#shared/retier-plan';
import type { Customer } from '#shared/schemas/customer.schema';
import { periodMonths } from '#shared/tiers';
import { setTimeout as sleep } from 'node:timers/promises';
import { DomainError } from '#core/errors';
import type { TierDeps } from '../deps';
import { policyReview } from '../policy-review';
import { retierRecords, type ChangeMeta } from '../tier-change-records';

/**
 * Re-tiers one customer now (after an order event, a match, or an override change):
 * 1. reads the settings (cached a minute), then the customer with the monthly totals of the period in one Query;
 * 2. plans the new amount and tier (shared/retier-plan.ts);
 * 3. writes only a change, with its history entry, notices and policies flagged for review (R3),
 *    conditional on the version read —
 *    retrying from 1 when someone else wrote in between.
 */
export async function retierCustomer(
  deps: TierDeps,
  customerId: string,
  meta: Omit<ChangeMeta, 'at'>,
  mutate: (c: Customer) => Customer = (c) => c,
): Promise<Customer | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const now = deps.now();
    const { settings } = await deps.settings.getCached();
    const { from, to } = periodMonths(settings.period, now);
    const { customer: before, months } = await deps.tiers.customerWithMonths(customerId, from, to);
    if (!before) return undefined;
    const edited = mutate(before);
    const plan = planRetier(edited, months, settings, now);
    if (!plan.changed && edited === before) return before;
    const at = now.toISOString();
    const { after, entry, notice } = retierRecords(before, { ...plan, changed: true }, { ...meta, at });
    const review = await policyReview(deps.policies, after, plan.tierChange, { at, runId: meta.runId });
    try {
      await deps.tiers.saveRetier(before, after, entry, [...(notice ? [notice] : []), ...review.notices], review.items);
      return after;
    } catch (error) {
      if (!(error instanceof DomainError && error.kind === 'precondition_failed')) throw error;
      await sleep(Math.random() * 10 * 2 ** attempt);
    }
  }
  throw new DomainError('conflict', 'conflict');
}
