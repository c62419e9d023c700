import { revisitPlansContracts } from '#shared/contracts/revisit-plans.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { revisitPlanDeps } from './deps';
import { createTemporaryPlan } from './use-cases/temporary-plans';

const deps = revisitPlanDeps();

export const handler = http(
  'POST /revisit-plans/temporary',
  async ({ body, principal }) => {
    const plan = await createTemporaryPlan(deps, body, principal);
    return { status: 201, body: { plan, items: [] }, headers: { etag: etagOf(plan.version), location: `/revisit-plans/temporary/${plan.id}` } };
  },
  revisitPlansContracts,
);
