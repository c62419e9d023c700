import { tiersContracts } from '#shared/contracts/tiers.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { tierDeps } from './deps';
import { removeTierOverride } from './use-cases/set-tier-override';

const deps = tierDeps();

export const handler = http('DELETE /customers/{customerId}/tier-override', async ({ params, principal }) => {
  const customer = await removeTierOverride(deps, params.customerId, principal);
  return { status: 200, body: customer, headers: { etag: etagOf(customer.version) } };
}, tiersContracts);
