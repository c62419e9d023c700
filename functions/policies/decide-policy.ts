import { policiesContracts } from '#shared/contracts/policies.contract';
import { http } from '#core/http/http';
import { policyDeps } from './deps';
import { decidePolicy } from './use-cases/decide-policy';

const deps = policyDeps();

export const handler = http(
  'POST /customers/{customerId}/preferential-policies/{policyId}/decision',
  async ({ params, body, principal }) => ({
    status: 200,
    body: await decidePolicy(deps, params.customerId, params.policyId, body, principal),
  }),
  policiesContracts,
);
