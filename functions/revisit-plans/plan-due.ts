import { revisitPlansContracts } from '#shared/contracts/revisit-plans.contract';
import { http } from '#core/http/http';
import { revisitPlanDeps } from './deps';
import { planDue } from './use-cases/plan-due';

const deps = revisitPlanDeps();

export const handler = http(
  'GET /revisit-plans/due',
  async ({ query, principal }) => ({ status: 200, body: await planDue(deps, query, principal) }),
  revisitPlansContracts,
);
