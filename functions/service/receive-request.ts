import { serviceContracts } from '#shared/contracts/service.contract';
import { http } from '#core/http/http';
import { serviceDeps } from './deps';
import { receiveRequest } from './use-cases/receive-request';

const deps = serviceDeps();

export const handler = http(
  'POST /service-requests',
  async ({ body, principal }) => {
    const request = await receiveRequest(deps, body, principal);
    return { status: 201, body: request, headers: { location: `/service-requests/${request.id}`, etag: `"${request.version}"` } };
  },
  serviceContracts,
);
