import { policiesContracts } from '#shared/contracts/policies.contract';
import { http } from '#core/http/http';
import { policyDeps } from './deps';
import { requestPolicy } from './use-cases/request-policy';

const deps = policyDeps();

export const handler = http(
  'POST /customers/{customerId}/preferential-policies',
  async ({ params, body, principal }) => ({ status: 201, body: await requestPolicy(deps, params.customerId, body, principal) }),
  policiesContracts,
);
