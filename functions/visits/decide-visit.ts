import { visitsContracts } from '#shared/contracts/visits.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { visitDeps } from './deps';
import { decideVisit } from './use-cases/visit-commands';

const deps = visitDeps();

export const handler = http(
  'POST /visits/{visitId}/approval',
  async ({ params, body, principal }) => {
    const visit = await decideVisit(deps, params.visitId, body, principal);
    return { status: 200, body: visit, headers: { etag: etagOf(visit.version) } };
  },
  visitsContracts,
);
