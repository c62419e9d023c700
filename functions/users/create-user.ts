import { usersContracts } from '#shared/contracts/users.contract';
import { staffVersion } from '#shared/schemas/staff.schema';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { userDeps } from './deps';
import { createUser } from './use-cases/create-user';

const deps = userDeps();

export const handler = http(
  'POST /users',
  async ({ body, principal }) => {
    const created = await createUser(deps, body, principal);
    return {
      status: 201,
      body: { username: created.username, temporaryPassword: created.temporaryPassword, user: created.user },
      headers: { etag: etagOf(staffVersion(created.user)), location: `/users/${encodeURIComponent(created.username)}`, 'cache-control': 'no-store' },
    };
  },
  usersContracts,
);
