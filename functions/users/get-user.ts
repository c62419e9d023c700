import { usersContracts } from '#shared/contracts/users.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { userDeps } from './deps';
import { getUser } from './use-cases/read-users';

const deps = userDeps();

export const handler = http('GET /users/{username}', async ({ params }) => {
  const found = await getUser(deps, params.username);
  return { status: 200, body: found, ...(found.user.version !== undefined ? { headers: { etag: etagOf(found.user.version) } } : {}) };
}, usersContracts);
