import { revisitPlansContracts } from '#shared/contracts/revisit-plans.contract';
import { http } from '#core/http/http';
import { revisitPlanDeps } from './deps';
import { listTemporaryPlans } from './use-cases/temporary-plans';

const deps = revisitPlanDeps();

export const handler = http(
  'GET /revisit-plans/temporary',
  async ({ query, principal }) => ({ status: 200, body: await listTemporaryPlans(deps, query, principal) }),
  revisitPlansContracts,
);
