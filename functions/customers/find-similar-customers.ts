import { customerSimilarQuerySchema } from '#shared/schemas/customer-similar.schema';
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
  { query: customerSimilarQuerySchema },
);
