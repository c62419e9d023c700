import { usersContracts } from '#shared/contracts/users.contract';
import { staffVersion } from '#shared/schemas/staff.schema';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { userDeps } from './deps';
import { disableUser } from './use-cases/set-user-enabled';

const deps = userDeps();

export const handler = http('POST /users/{username}/disable', async ({ params, principal }) => {
  const result = await disableUser(deps, params.username, principal);
  return { status: 200, body: result, headers: { etag: etagOf(staffVersion(result.user)) } };
}, usersContracts);
