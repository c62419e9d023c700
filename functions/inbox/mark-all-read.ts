import { inboxContracts } from '#shared/contracts/inbox.contract';
import { http } from '#core/http/http';
import { inboxDeps } from './deps';
import { markAllRead } from './use-cases/mark-all-read';

const deps = inboxDeps();

export const handler = http('POST /inbox/read-all', async ({ principal }) => ({ status: 200, body: await markAllRead(deps, principal) }), inboxContracts);
