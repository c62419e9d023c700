import { revisitsContracts } from '#shared/contracts/revisits.contract';
import { http } from '#core/http/http';
import { revisitDeps } from './deps';
import { listRevisits } from './use-cases/list-revisits';

const deps = revisitDeps();

export const handler = http(
  'GET /customers/{customerId}/revisits',
  async ({ query, params, principal }) => ({ status: 200, body: await listRevisits(deps, params.customerId, query, principal) }),
  revisitsContracts,
);
