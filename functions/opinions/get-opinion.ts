import { opinionsContracts } from '#shared/contracts/opinions.contract';
import { http } from '#core/http/http';
import { opinionDeps } from './deps';
import { getOpinion } from './use-cases/opinions';

const deps = opinionDeps();

export const handler = http('GET /opinions/{opinionId}', async ({ params, principal }) => ({ status: 200, body: await getOpinion(deps, params.opinionId, principal) }), opinionsContracts);
