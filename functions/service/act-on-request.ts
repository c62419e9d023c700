import { serviceContracts } from '#shared/contracts/service.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { serviceDeps } from './deps';
import { actOnRequest } from './use-cases/act-on-request';

const deps = serviceDeps();

/** One step of a request; If-Match is optional here (the write is conditional on the version read either way). */
export const handler = http(
  'POST /service-requests/{requestId}/actions',
  async ({ params, headers, body, principal }) => {
    const seen = headers['if-match'] ? expectedVersion(headers['if-match']) : undefined;
    const request = await actOnRequest(deps, params.requestId, body, principal, seen);
    return { status: 200, body: request, headers: { etag: etagOf(request.version) } };
  },
  serviceContracts,
);
