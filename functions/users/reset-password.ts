import { usersContracts } from '#shared/contracts/users.contract';
import { http } from '#core/http/http';
import { userDeps } from './deps';
import { resetPassword } from './use-cases/reset-password';

const deps = userDeps();

export const handler = http('POST /users/{username}/reset-password', async ({ params, principal }) => ({
  status: 200,
  body: await resetPassword(deps, params.username, principal),
  headers: { 'cache-control': 'no-store' },
}), usersContracts);
