import { visitsContracts } from '#shared/contracts/visits.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { visitDeps } from './deps';
import { cancelVisitPlan } from './use-cases/visit-commands';

const deps = visitDeps();

export const handler = http(
  'POST /visits/{visitId}/cancel',
  async ({ params, body, principal }) => {
    const visit = await cancelVisitPlan(deps, params.visitId, body.reason, principal);
    return { status: 200, body: visit, headers: { etag: etagOf(visit.version) } };
  },
  visitsContracts,
);
