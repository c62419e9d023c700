import { visitsContracts } from '#shared/contracts/visits.contract';
import { http } from '#core/http/http';
import { followUpRequestDeps } from './follow-up-deps';
import { followUpToServiceRequest } from './use-cases/follow-up-to-service-request';

const deps = followUpRequestDeps();

export const handler = http(
  'POST /visits/{visitId}/follow-ups/{followUpId}/service-request',
  async ({ params, body, principal }) => {
    const out = await followUpToServiceRequest(deps, params.visitId, params.followUpId, body, principal);
    return { status: 201, body: out, headers: { location: `/service-requests/${out.serviceRequest.id}` } };
  },
  visitsContracts,
);
