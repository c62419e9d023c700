import { visitsContracts } from '#shared/contracts/visits.contract';
import { http } from '#core/http/http';
import { visitDeps } from './deps';
import { visitCalendar } from './use-cases/read-visits';

const deps = visitDeps();

export const handler = http(
  'GET /visits',
  async ({ query, principal }) => ({ status: 200, body: await visitCalendar(deps, query, principal) }),
  visitsContracts,
);
