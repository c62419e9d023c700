import { customersContracts } from '#shared/contracts/customers.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { customerDeps } from './deps';
import { readCustomer } from './use-cases/read-customer';

const deps = customerDeps();

export const handler = http(
  'GET /customers/{customerId}',
  async ({ params, query, principal }) => {
    const customer = await readCustomer(deps, params.customerId, principal, query.purpose);
    return { status: 200, body: customer, headers: { etag: etagOf(customer.version) } };
  },
  customersContracts,
);
