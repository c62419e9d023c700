import { serviceContracts } from '#shared/contracts/service.contract';
import { http } from '#core/http/http';
import { serviceDeps } from './deps';
import { listRequests } from './use-cases/list-requests';

const deps = serviceDeps();

export const handler = http(
  'GET /service-requests',
  async ({ query, principal }) => ({ status: 200, body: await listRequests(deps, query, principal) }),
  serviceContracts,
);
