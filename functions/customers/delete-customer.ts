import { customersContracts } from '#shared/contracts/customers.contract';
import { expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { customerDeps } from './deps';
import { deleteCustomer } from './use-cases/delete-customer';

const deps = customerDeps();

export const handler = http('DELETE /customers/{customerId}', async ({ params, headers, principal }) => {
  await deleteCustomer(deps, params.customerId, expectedVersion(headers['if-match']), principal);
  return { status: 204 };
}, customersContracts);
