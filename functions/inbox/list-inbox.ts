import { inboxContracts } from '#shared/contracts/inbox.contract';
import { http } from '#core/http/http';
import { inboxDeps } from './deps';
import { listInbox } from './use-cases/list-inbox';

const deps = inboxDeps();

export const handler = http(
  'GET /inbox',
  async ({ query, principal }) => ({ status: 200, body: await listInbox(deps, query, principal) }),
  inboxContracts,
);
