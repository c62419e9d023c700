import { revisitPlansContracts } from '#shared/contracts/revisit-plans.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { revisitPlanDeps } from './deps';
import { resubmitTemporaryPlan } from './use-cases/temporary-plans';

const deps = revisitPlanDeps();

export const handler = http(
  'POST /revisit-plans/temporary/{planId}/resubmit',
  async ({ params, body, principal }) => {
    const view = await resubmitTemporaryPlan(deps, params.planId, body, principal);
    return { status: 200, body: view, headers: { etag: etagOf(view.plan.version) } };
  },
  revisitPlansContracts,
);
