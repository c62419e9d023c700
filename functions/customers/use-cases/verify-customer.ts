import type { Customer } from '#shared/schemas/customer.schema';
import type { Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';
import { markCustomer } from './mark-customer';

/**
 * Marks a customer's archive verified (R2 及时更新): the caller confirms the record is current, in the
 * version they checked (a record changed since it was read has not been verified in its new state).
 */
export function verifyCustomer(deps: CustomerDeps, id: string, expectedVersion: number, principal: Principal): Promise<Customer> {
  return markCustomer(deps, id, expectedVersion, principal, 'verify', (now) => ({ lastVerifiedAt: now, lastVerifiedBy: principal.id }));
}
