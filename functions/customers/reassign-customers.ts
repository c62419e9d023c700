import { customersContracts } from '#shared/contracts/customers.contract';
import { http } from '#core/http/http';
import { customerDeps } from './deps';
import { reassignCustomers } from './use-cases/reassign-customers';

const deps = customerDeps();

export const handler = http(
  'POST /customers/reassign',
  async ({ body, principal }) => ({ status: 200, body: await reassignCustomers(deps, body, principal) }),
  customersContracts,
);
