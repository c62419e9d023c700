import { revisitPlansContracts } from '#shared/contracts/revisit-plans.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { revisitPlanDeps } from './deps';
import { cancelTemporaryPlan } from './use-cases/temporary-plans';

const deps = revisitPlanDeps();

export const handler = http(
  'POST /revisit-plans/temporary/{planId}/cancel',
  async ({ params, body, principal }) => {
    const view = await cancelTemporaryPlan(deps, params.planId, body.reason, principal);
    return { status: 200, body: view, headers: { etag: etagOf(view.plan.version) } };
  },
  revisitPlansContracts,
);
