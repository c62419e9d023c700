import { salesTargetsContracts } from '#shared/contracts/sales-targets.contract';
import { http } from '#core/http/http';
import { salesTargetDeps } from './deps';
import { listTargets } from './use-cases/sales-targets';

const deps = salesTargetDeps();

export const handler = http('GET /sales-targets', async ({ query, principal }) => ({ status: 200, body: await listTargets(deps, query.year, principal) }), salesTargetsContracts);
