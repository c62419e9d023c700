import { revisitPlansContracts } from '#shared/contracts/revisit-plans.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { revisitPlanDeps } from './deps';
import { decideTemporaryPlan } from './use-cases/temporary-plans';

const deps = revisitPlanDeps();

export const handler = http(
  'POST /revisit-plans/temporary/{planId}/decision',
  async ({ params, body, principal }) => {
    const view = await decideTemporaryPlan(deps, params.planId, body, principal);
    return { status: 200, body: view, headers: { etag: etagOf(view.plan.version) } };
  },
  revisitPlansContracts,
);
