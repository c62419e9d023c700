import { visitsContracts } from '#shared/contracts/visits.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { visitDeps } from './deps';
import { editVisitSteps } from './use-cases/visit-commands';

const deps = visitDeps();

export const handler = http(
  'PUT /visits/{visitId}/steps',
  async ({ params, headers, body, principal }) => {
    const visit = await editVisitSteps(deps, params.visitId, body, expectedVersion(headers['if-match']), principal);
    return { status: 200, body: visit, headers: { etag: etagOf(visit.version) } };
  },
  visitsContracts,
);
