import { visitsContracts } from '#shared/contracts/visits.contract';
import { http } from '#core/http/http';
import { visitDeps } from './deps';
import { customerVisits } from './use-cases/read-visits';

const deps = visitDeps();

export const handler = http(
  'GET /customers/{customerId}/visits',
  async ({ params, query, principal }) => ({ status: 200, body: await customerVisits(deps, params.customerId, query, principal) }),
  visitsContracts,
);
