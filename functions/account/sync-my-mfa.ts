import { syncMfaBodySchema } from '#shared/schemas/staff-mfa.schema';
import { http } from '#core/http/http';
import { accountDeps } from './deps';
import { syncMyMfa } from './use-cases/sync-my-mfa';

const deps = accountDeps();

export const handler = http('POST /me/mfa', async ({ body, principal }) => ({ status: 200, body: await syncMyMfa(deps, body, principal) }), {
  body: syncMfaBodySchema,
});
