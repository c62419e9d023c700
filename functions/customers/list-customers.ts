import { customersContracts } from '#shared/contracts/customers.contract';
import { http } from '#core/http/http';
import { customerDeps } from './deps';
import { listCustomers } from './use-cases/list-customers';

const deps = customerDeps();

export const handler = http(
  'GET /customers',
  async ({ query, principal }) => ({ status: 200, body: await listCustomers(deps, query, principal) }),
  customersContracts,
);
