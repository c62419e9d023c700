import { searchContracts } from '#shared/contracts/search.contract';
import { http } from '#core/http/http';
import { searchDeps } from './deps';
import { searchEverything } from './use-cases/search-everything';

const deps = searchDeps();

export const handler = http(
  'GET /search',
  async ({ query, principal }) => ({ status: 200, body: await searchEverything(deps, query.q, principal) }),
  searchContracts,
);
