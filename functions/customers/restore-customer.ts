import { customersContracts } from '#shared/contracts/customers.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { customerDeps } from './deps';
import { restoreCustomer } from './use-cases/restore-customer';
import { summaryFor } from './use-cases/summary';

const deps = customerDeps();

export const handler = http('POST /customers/{customerId}/restore', async ({ params, principal }) => {
  const customer = await restoreCustomer(deps, params.customerId, principal);
  return { status: 200, body: summaryFor(customer, principal), headers: { etag: etagOf(customer.version) } };
}, customersContracts);
