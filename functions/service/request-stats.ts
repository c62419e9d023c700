import { serviceContracts } from '#shared/contracts/service.contract';
import { http } from '#core/http/http';
import { serviceDeps } from './deps';
import { requestStats } from './use-cases/request-stats';

const deps = serviceDeps();

export const handler = http('GET /service-requests/stats', async () => ({ status: 200, body: await requestStats(deps) }), serviceContracts);
