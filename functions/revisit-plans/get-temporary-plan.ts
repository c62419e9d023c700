import { revisitPlansContracts } from '#shared/contracts/revisit-plans.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { revisitPlanDeps } from './deps';
import { getTemporaryPlan } from './use-cases/temporary-plans';

const deps = revisitPlanDeps();

export const handler = http('GET /revisit-plans/temporary/{planId}', async ({ params, principal }) => {
  const view = await getTemporaryPlan(deps, params.planId, principal);
  return { status: 200, body: view, headers: { etag: etagOf(view.plan.version) } };
}, revisitPlansContracts);
