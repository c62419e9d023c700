import { planDueQuerySchema } from '#shared/schemas/revisit-plan.schema';
import { http } from '#core/http/http';
import { revisitPlanDeps } from './deps';
import { planDue } from './use-cases/plan-due';

const deps = revisitPlanDeps();

export const handler = http(
  'GET /revisit-plans/due',
  async ({ query, principal }) => ({ status: 200, body: await planDue(deps, query, principal) }),
  { query: planDueQuerySchema },
);
