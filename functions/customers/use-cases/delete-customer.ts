import type { Customer } from '#shared/schemas/customer.schema';
import { DomainError } from '#core/errors';
import type { Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';
import { getCustomer } from './get-customer';
import { historyEntry } from './history-entry';

/**
 * Moves a customer to the recycle bin (R2: nothing is deleted outright):
 * 1. reads it within the caller's scope and refuses a stale version (412), so nobody bins a record
 *    someone else just changed;
 * 2. marks it deleted: its list entries give way to a bin entry, and its credit code stays claimed so
 *    nobody creates a duplicate while it waits there;
 * 3. writes it with its history entry in one transaction, conditional on the version read.
 */
export async function deleteCustomer(
  deps: CustomerDeps,
  id: string,
  expectedVersion: number,
  principal: Principal,
): Promise<Customer> {
  const before = await getCustomer(deps, id, principal);
  if (before.version !== expectedVersion) throw new DomainError('precondition_failed', 'precondition_failed');
  const now = deps.now().toISOString();
  const after: Customer = {
    ...before,
    deletedAt: now,
    deletedBy: principal.id,
    updatedAt: now,
    updatedBy: principal.id,
    version: before.version + 1,
  };
  await deps.customers.replace(before, after, historyEntry('delete', before, after, principal));
  return after;
}
