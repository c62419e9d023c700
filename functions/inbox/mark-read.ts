import { inboxContracts } from '#shared/contracts/inbox.contract';
import { http } from '#core/http/http';
import { inboxDeps } from './deps';
import { markRead } from './use-cases/mark-read';

const deps = inboxDeps();

export const handler = http('POST /inbox/{notificationId}/read', async ({ params, principal }) => ({
  status: 200,
  body: await markRead(deps, params.notificationId, principal),
}), inboxContracts);
