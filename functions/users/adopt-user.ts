import { usersContracts } from '#shared/contracts/users.contract';
import { staffVersion } from '#shared/schemas/staff.schema';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { userDeps } from './deps';
import { adoptUser } from './use-cases/adopt-user';

const deps = userDeps();

export const handler = http(
  'POST /users/{username}/adopt',
  async ({ params, body, principal }) => {
    const user = await adoptUser(deps, params.username, body, principal);
    return { status: 201, body: { user }, headers: { etag: etagOf(staffVersion(user)) } };
  },
  usersContracts,
);
