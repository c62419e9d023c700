import { customerListQuerySchema } from '#shared/schemas/customer.schema';
import { http } from '#core/http/http';
import { customerDeps } from './deps';
import { listCustomers } from './use-cases/list-customers';

const deps = customerDeps();

export const handler = http(
  'GET /customers',
  async ({ query, principal }) => ({ status: 200, body: await listCustomers(deps, query, principal) }),
  { query: customerListQuerySchema },
);
