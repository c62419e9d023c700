import { visitsContracts } from '#shared/contracts/visits.contract';
import { http } from '#core/http/http';
import { visitDeps } from './deps';
import { awaitingApproval } from './use-cases/read-visits';

const deps = visitDeps();

export const handler = http(
  'GET /visit-approvals',
  async ({ query, principal }) => ({ status: 200, body: await awaitingApproval(deps, query, principal) }),
  visitsContracts,
);
