import { opinionsContracts } from '#shared/contracts/opinions.contract';
import { http } from '#core/http/http';
import { opinionDeps } from './deps';
import { listOpinions } from './use-cases/opinions';

const deps = opinionDeps();

export const handler = http(
  'GET /opinions',
  async ({ query, principal }) => ({ status: 200, body: await listOpinions(deps, query, principal) }),
  opinionsContracts,
);
