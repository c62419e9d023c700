import { visitsContracts } from '#shared/contracts/visits.contract';
import { visitView } from '#shared/reception/visit-view';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { visitDeps } from './deps';
import { getVisit } from './use-cases/read-visits';

const deps = visitDeps();

/** Everything a one-page printed plan needs: customer, tier, visitors, travel, steps with owners and due times, approval. */
export const handler = http('GET /visits/{visitId}', async ({ params, principal }) => {
  const visit = await getVisit(deps, params.visitId, principal);
  return { status: 200, body: visitView(visit, deps.now()), headers: { etag: etagOf(visit.version) } };
}, visitsContracts);
