import { receivablesContracts } from '#shared/contracts/receivables.contract';
import { http } from '#core/http/http';
import { overdueDeps } from './deps';
import { listOverdue } from './use-cases/list-overdue';

const deps = overdueDeps();

export const handler = http(
  'GET /receivables/overdue',
  async ({ query, principal }) => ({ status: 200, body: await listOverdue(deps, query, principal) }),
  receivablesContracts,
);
