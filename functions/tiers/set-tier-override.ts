import { tiersContracts } from '#shared/contracts/tiers.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { tierDeps } from './deps';
import { setTierOverride } from './use-cases/set-tier-override';

const deps = tierDeps();

export const handler = http(
  'PUT /customers/{customerId}/tier-override',
  async ({ params, body, principal }) => {
    const customer = await setTierOverride(deps, params.customerId, body, principal);
    return { status: 200, body: customer, headers: { etag: etagOf(customer.version) } };
  },
  tiersContracts,
);
