import { revisitsContracts } from '#shared/contracts/revisits.contract';
import { http } from '#core/http/http';
import { revisitDeps } from './deps';
import { revisitCoverage } from './use-cases/revisit-coverage';

const deps = revisitDeps();

export const handler = http(
  'GET /revisits/coverage',
  async ({ query, principal }) => ({ status: 200, body: await revisitCoverage(deps, query, principal) }),
  revisitsContracts,
);
