import type { Customer } from '#shared/schemas/customer.schema';
import { DomainError } from '#core/errors';
import type { Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';
import { getCustomer } from './get-customer';
import { historyEntry } from './history-entry';

/**
 * A change that stamps who and when on a customer without touching its fields (moved to the bin,
 * verified), shared by those use cases:
 * 1. reads it within the caller's scope; the version must be the one the caller saw (412 otherwise:
 *    nobody bins or vouches for a record someone else just changed);
 * 2. writes the stamped record, next version, with its history entry in one transaction, conditional on
 *    the version read.
 */
export async function markCustomer(
  deps: CustomerDeps,
  id: string,
  expectedVersion: number,
  principal: Principal,
  action: 'delete' | 'verify',
  stamp: (now: string) => Partial<Customer>,
): Promise<Customer> {
  const before = await getCustomer(deps, id, principal);
  if (before.version !== expectedVersion) throw new DomainError('precondition_failed', 'precondition_failed');
  const now = deps.now().toISOString();
  const after: Customer = { ...before, ...stamp(now), updatedAt: now, updatedBy: principal.id, version: before.version + 1 };
  await deps.customers.replace(before, after, historyEntry(action, before, after, principal));
  return after;
}
