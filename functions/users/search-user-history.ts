import { usersContracts } from '#shared/contracts/users.contract';
import { shanghaiMidnight } from '#shared/shanghai-time';
import { http } from '#core/http/http';
import { userDeps } from './deps';

const deps = userDeps();
/** Midnight in Asia/Shanghai of `day` (plus `days`), as the UTC instant history entries are keyed by. */

/** Every change to people, newest first, searchable by admins and the General Office (issue 11). */
export const handler = http(
  'GET /users/history',
  async ({ query }) => {
    const page = await deps.history.search({
      text: query.q,
      action: query.action,
      from: query.from ? shanghaiMidnight(query.from) : undefined,
      before: query.to ? shanghaiMidnight(query.to, 1) : undefined,
      limit: query.limit,
      cursor: query.cursor,
    });
    return { status: 200, body: page };
  },
  usersContracts,
);
