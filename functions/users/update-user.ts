import { usersContracts } from '#shared/contracts/users.contract';
import { staffVersion } from '#shared/schemas/staff.schema';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { userDeps } from './deps';
import { updateUser } from './use-cases/update-user';

const deps = userDeps();

export const handler = http(
  'PATCH /users/{username}',
  async ({ params, headers, body, principal }) => {
    const user = await updateUser(deps, params.username, body, expectedVersion(headers['if-match']), principal);
    return { status: 200, body: { user }, headers: { etag: etagOf(staffVersion(user)) } };
  },
  usersContracts,
);
