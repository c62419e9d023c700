import { homeContracts } from '#shared/contracts/home.contract';
import { http } from '#core/http/http';
import { homeDeps } from './deps';
import { getHome } from './use-cases/get-home';

const deps = homeDeps();

export const handler = http('GET /home', async ({ query, principal }) => ({ status: 200, body: await getHome(deps, query, principal) }), homeContracts);
