import { visitsContracts } from '#shared/contracts/visits.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { visitDeps } from './deps';
import { resubmitVisit } from './use-cases/visit-commands';

const deps = visitDeps();

export const handler = http(
  'POST /visits/{visitId}/resubmit',
  async ({ params, body, principal }) => {
    const visit = await resubmitVisit(deps, params.visitId, body, principal);
    return { status: 200, body: visit, headers: { etag: etagOf(visit.version) } };
  },
  visitsContracts,
);
