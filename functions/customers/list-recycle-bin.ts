import { customersContracts } from '#shared/contracts/customers.contract';
import { http } from '#core/http/http';
import { customerDeps } from './deps';
import { listRecycleBin } from './use-cases/list-recycle-bin';

const deps = customerDeps();

export const handler = http(
  'GET /recycle-bin',
  async ({ query, principal }) => ({ status: 200, body: await listRecycleBin(deps, query, principal) }),
  customersContracts,
);
