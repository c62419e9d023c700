import type { Customer } from '#shared/schemas/customer.schema';
import type { Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';
import { markCustomer } from './mark-customer';

/**
 * Moves a customer to the recycle bin (R2: nothing is deleted outright): marked deleted, its list entries
 * give way to a bin entry, and its credit code stays claimed so nobody creates a duplicate while it waits
 * there. A stale version is refused (mark-customer.ts).
 */
export function deleteCustomer(deps: CustomerDeps, id: string, expectedVersion: number, principal: Principal): Promise<Customer> {
  return markCustomer(deps, id, expectedVersion, principal, 'delete', (now) => ({ deletedAt: now, deletedBy: principal.id }));
}
