import { customersContracts } from '#shared/contracts/customers.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { customerDeps } from './deps';
import { summaryFor } from './use-cases/summary';
import { updateCustomer } from './use-cases/update-customer';

const deps = customerDeps();

export const handler = http(
  'PATCH /customers/{customerId}',
  async ({ params, headers, body, principal }) => {
    const version = expectedVersion(headers['if-match']);
    const customer = await updateCustomer(deps, params.customerId, body, version, principal);
    return { status: 200, body: summaryFor(customer, principal), headers: { etag: etagOf(customer.version) } };
  },
  customersContracts,
);
