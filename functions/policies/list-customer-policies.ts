import { policiesContracts } from '#shared/contracts/policies.contract';
import { http } from '#core/http/http';
import { getCustomer } from '../customers/use-cases/get-customer';
import { policyDeps } from './deps';

const deps = policyDeps();

/** A customer's preferential policies, for whoever may read the customer. */
export const handler = http('GET /customers/{customerId}/preferential-policies', async ({ params, principal }) => {
  await getCustomer(deps, params.customerId, principal);
  return { status: 200, body: { items: await deps.policies.forCustomer(params.customerId) } };
}, policiesContracts);
