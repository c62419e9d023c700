import { tiersContracts } from '#shared/contracts/tiers.contract';
import { http } from '#core/http/http';
import { getCustomer } from '../customers/use-cases/get-customer';
import { tierDeps } from './deps';

const deps = tierDeps();

/** A customer's tier changes, newest first, for whoever may read the customer. */
export const handler = http('GET /customers/{customerId}/tier-history', async ({ params, principal }) => {
  await getCustomer(deps, params.customerId, principal);
  return { status: 200, body: { items: await deps.tiers.history(params.customerId) } };
}, tiersContracts);
