import { customersContracts } from '#shared/contracts/customers.contract';
import { http } from '#core/http/http';
import { customerDeps } from './deps';
import { customerHistory } from './use-cases/customer-history';

const deps = customerDeps();

export const handler = http(
  'GET /customers/{customerId}/history',
  async ({ params, query, principal }) => ({ status: 200, body: await customerHistory(deps, params.customerId, query, principal) }),
  customersContracts,
);
