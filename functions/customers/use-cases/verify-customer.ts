import type { Customer } from '#shared/schemas/customer.schema';
import { DomainError } from '#core/errors';
import type { Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';
import { getCustomer } from './get-customer';
import { historyEntry } from './history-entry';

/**
 * Marks a customer's archive verified (R2 及时更新): the caller confirms the record is current.
 * 1. reads it within the caller's scope; the version must be the one the caller checked (412
 *    otherwise: a record changed since it was read has not been verified in its new state);
 * 2. records who and when, with the next version, and its history entry in the same transaction.
 */
export async function verifyCustomer(
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
    lastVerifiedAt: now,
    lastVerifiedBy: principal.id,
    updatedAt: now,
    updatedBy: principal.id,
    version: before.version + 1,
  };
  await deps.customers.replace(before, after, historyEntry('verify', before, after, principal));
  return after;
}
