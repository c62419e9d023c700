import { revisitPlansContracts } from '#shared/contracts/revisit-plans.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { revisitPlanDeps } from './deps';
import { unitParam, yearParam } from './path-params';
import { getAnnualPlan } from './use-cases/annual-plans';

const deps = revisitPlanDeps();

export const handler = http('GET /revisit-plans/annual/{unitId}/{year}', async ({ params, principal }) => {
  const out = await getAnnualPlan(deps, await unitParam(deps.units, params.unitId), yearParam(params.year), principal);
  return { status: 200, body: out, headers: { etag: etagOf(out.plan.version) } };
}, revisitPlansContracts);
