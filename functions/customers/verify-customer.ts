import { customersContracts } from '#shared/contracts/customers.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { customerDeps } from './deps';
import { summaryFor } from './use-cases/summary';
import { verifyCustomer } from './use-cases/verify-customer';

const deps = customerDeps();

export const handler = http('POST /customers/{customerId}/verify', async ({ params, headers, principal }) => {
  const customer = await verifyCustomer(deps, params.customerId, expectedVersion(headers['if-match']), principal);
  return { status: 200, body: summaryFor(customer, principal), headers: { etag: etagOf(customer.version) } };
}, customersContracts);
