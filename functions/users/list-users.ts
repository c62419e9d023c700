import { usersContracts } from '#shared/contracts/users.contract';
import { http } from '#core/http/http';
import { userDeps } from './deps';
import { listUsers } from './use-cases/read-users';

const deps = userDeps();

export const handler = http('GET /users', async ({ query }) => ({ status: 200, body: await listUsers(deps, query) }), usersContracts);
