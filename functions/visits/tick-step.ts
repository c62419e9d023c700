import { visitsContracts } from '#shared/contracts/visits.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { visitDeps } from './deps';
import { tickVisitStep } from './use-cases/visit-commands';

const deps = visitDeps();

export const handler = http(
  'POST /visits/{visitId}/steps/{stepId}/done',
  async ({ params, body, principal }) => {
    const visit = await tickVisitStep(deps, params.visitId, params.stepId, body.note, principal);
    return { status: 200, body: visit, headers: { etag: etagOf(visit.version) } };
  },
  visitsContracts,
);
