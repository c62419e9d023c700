import { customersContracts } from '#shared/contracts/customers.contract';
import { http } from '#core/http/http';
import { customerDeps } from './deps';
import { findSimilarCustomers } from './use-cases/find-similar-customers';

const deps = customerDeps();

export const handler = http(
  'GET /customers/similar',
  async ({ query, principal }) => ({
    status: 200,
    body: { items: await findSimilarCustomers(deps, query.name, principal, query.excludeId) },
  }),
  customersContracts,
);
