import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { customerDeps } from './deps';
import { getCustomer } from './use-cases/get-customer';

const deps = customerDeps();

export const handler = http('GET /customers/{customerId}', async ({ params, principal }) => {
  const customer = await getCustomer(deps, params.customerId!, principal);
  return { status: 200, body: customer, headers: { etag: etagOf(customer.version) } };
});
