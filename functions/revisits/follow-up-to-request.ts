import { revisitsContracts } from '#shared/contracts/revisits.contract';
import { http } from '#core/http/http';
import { serviceDeps } from '../service/deps';
import { revisitDeps } from './deps';
import { followUpToRequest } from './use-cases/follow-up-to-request';

const deps = { revisits: revisitDeps(), service: serviceDeps() };

export const handler = http(
  'POST /customers/{customerId}/revisits/{revisitId}/issues/{itemId}/service-request',
  async ({ body, params, principal }) => {
    const result = await followUpToRequest(deps, params.customerId, params.revisitId, params.itemId, body, principal);
    return { status: 201, body: result, headers: { location: `/service-requests/${result.serviceRequest.id}` } };
  },
  revisitsContracts,
);
