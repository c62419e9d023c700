import { revisitPlansContracts } from '#shared/contracts/revisit-plans.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { revisitPlanDeps } from './deps';
import { unitParam, yearParam } from './path-params';
import { putAnnualPlan } from './use-cases/annual-plans';

const deps = revisitPlanDeps();

export const handler = http(
  'PUT /revisit-plans/annual/{unitId}/{year}',
  async ({ params, body, headers, principal }) => {
    const plan = await putAnnualPlan(deps, await unitParam(deps.units, params.unitId), yearParam(params.year), body, expectedVersion(headers['if-match']), principal);
    return { status: 200, body: plan, headers: { etag: etagOf(plan.version) } };
  },
  revisitPlansContracts,
);
