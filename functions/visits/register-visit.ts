import { visitsContracts } from '#shared/contracts/visits.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { visitDeps } from './deps';
import { registerVisit } from './use-cases/register-visit';

const deps = visitDeps();

export const handler = http(
  'POST /visits',
  async ({ body, principal }) => {
    const visit = await registerVisit(deps, body, principal);
    return { status: 201, body: visit, headers: { etag: etagOf(visit.version), location: `/visits/${visit.id}` } };
  },
  visitsContracts,
);
