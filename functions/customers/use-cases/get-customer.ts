import type { Customer } from '#shared/schemas/customer.schema';
import { notFound } from '#core/errors';
import { dataScope, inScope, type Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';

/**
 * Reads one customer within the caller's data scope; outside it the customer does not exist (404, not 403).
 * So does a customer in the recycle bin: it is out of every read until restored.
 */
export async function getCustomer(deps: Pick<CustomerDeps, 'customers'>, id: string, principal: Principal): Promise<Customer> {
  const customer = await deps.customers.get(id);
  if (!customer || customer.deletedAt || !inScope(dataScope(principal), customer)) throw notFound();
  return customer;
}
