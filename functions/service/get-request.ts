import { serviceContracts } from '#shared/contracts/service.contract';
import { isOverdue } from '#shared/service/request-state';
import { shanghaiDate } from '#shared/shanghai-time';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { serviceDeps } from './deps';
import { getRequest } from './use-cases/get-request';

const deps = serviceDeps();

export const handler = http('GET /service-requests/{requestId}', async ({ params, principal }) => {
  const { request, timeline } = await getRequest(deps, params.requestId, principal);
  return {
    status: 200,
    body: { ...request, overdue: isOverdue(request, shanghaiDate(deps.now())), timeline: await timeline() },
    headers: { etag: etagOf(request.version) },
  };
}, serviceContracts);
