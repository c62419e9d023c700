import { accountContracts } from '#shared/contracts/account.contract';
import { http } from '#core/http/http';
import { accountDeps } from './deps';
import { syncMyMfa } from './use-cases/sync-my-mfa';

const deps = accountDeps();

export const handler = http('POST /me/mfa', async ({ body, principal }) => ({ status: 200, body: await syncMyMfa(deps, body, principal) }), accountContracts);
