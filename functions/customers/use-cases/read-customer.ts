import { archiveVisibility } from '#shared/archive-access';
import { customerView, type CustomerView } from '#shared/customer-view';
import type { Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';
import { getCustomer } from './get-customer';
import { recordReading } from './record-reading';

/**
 * Shows a customer's detail and records the reading (R2 查阅程序、记录):
 * 1. reads it within the caller's scope (not found outside it, or in the recycle bin);
 * 2. decides what this reader sees: a VIP or key customer's confidential sections only with a purpose,
 *    contacts' phones and emails masked for roles without a need;
 * 3. appends exactly one access-log entry, then returns the view naming what it withheld.
 */
export async function readCustomer(
  deps: Pick<CustomerDeps, 'customers' | 'accessLog' | 'now' | 'newId'>,
  id: string,
  principal: Principal,
  purpose?: string,
): Promise<CustomerView> {
  const customer = await getCustomer(deps, id, principal);
  const visibility = archiveVisibility(customer, principal, purpose);
  await recordReading(deps, 'detail', customer, visibility, principal, purpose);
  return customerView(customer, visibility);
}
