import { policiesContracts } from '#shared/contracts/policies.contract';
import { http } from '#core/http/http';
import { policyDeps } from './deps';

const deps = policyDeps();

/** Requests by status (pending first of all, for the GM office meeting's agenda). */
export const handler = http(
  'GET /preferential-policies',
  async ({ query }) => ({ status: 200, body: await deps.policies.listByStatus(query.status, query) }),
  policiesContracts,
);
