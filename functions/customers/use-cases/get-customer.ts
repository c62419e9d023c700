import type { Customer } from '#shared/schemas/customer.schema';
import { notFound } from '#core/errors';
import { dataScope, inScope, type Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';

/** Reads one customer within the caller's data scope; outside it the customer does not exist (404, not 403). */
export async function getCustomer(deps: Pick<CustomerDeps, 'customers'>, id: string, principal: Principal): Promise<Customer> {
  const customer = await deps.customers.get(id);
  if (!customer || !inScope(dataScope(principal), customer)) throw notFound();
  return customer;
}
