import { usersContracts } from '#shared/contracts/users.contract';
import { staffVersion } from '#shared/schemas/staff.schema';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { userDeps } from './deps';
import { enableUser } from './use-cases/set-user-enabled';

const deps = userDeps();

export const handler = http('POST /users/{username}/enable', async ({ params, principal }) => {
  const user = await enableUser(deps, params.username, principal);
  return { status: 200, body: { user }, headers: { etag: etagOf(staffVersion(user)) } };
}, usersContracts);
