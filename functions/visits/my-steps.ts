import { visitsContracts } from '#shared/contracts/visits.contract';
import { http } from '#core/http/http';
import { visitDeps } from './deps';
import { myOpenSteps } from './use-cases/read-visits';

const deps = visitDeps();

export const handler = http('GET /visit-steps', async ({ query, principal }) => ({ status: 200, body: await myOpenSteps(deps, query, principal) }), visitsContracts);
