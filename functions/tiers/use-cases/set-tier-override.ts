import type { Customer } from '#shared/schemas/customer.schema';
import type { TierOverrideInput } from '#shared/schemas/tier-override.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import { invalidFields } from '#core/errors';
import type { Principal } from '#core/principal';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { TierDeps } from '../deps';
import { retierCustomer } from './retier-customer';

/**
 * Sales overrides the computed tier (R3): the override is stored on the customer with who and when,
 * takes effect at once with a tier-history entry carrying the reason, and lapses after `expiresOn`.
 */
export async function setTierOverride(deps: TierDeps, customerId: string, input: TierOverrideInput, principal: Principal): Promise<Customer> {
  await getCustomer(deps, customerId, principal);
  const now = deps.now();
  if (input.expiresOn < shanghaiDate(now)) throw invalidFields({ expiresOn: 'override.expiresInPast' });
  const override = { ...input, setBy: principal.id, setAt: now.toISOString() };
  const after = await retierCustomer(deps, customerId, { source: 'override', by: principal.id, reason: input.reason }, (c) => ({ ...c, tierOverride: override }));
  return after!;
}

/** Removes an override: the computed tier applies again at once. */
export async function removeTierOverride(deps: TierDeps, customerId: string, principal: Principal): Promise<Customer> {
  const current = await getCustomer(deps, customerId, principal);
  if (!current.tierOverride) return current;
  const after = await retierCustomer(deps, customerId, { source: 'override-removed', by: principal.id }, ({ tierOverride, ...c }) => c);
  return after!;
}
