import { usersContracts } from '#shared/contracts/users.contract';
import { http } from '#core/http/http';
import { userDeps } from './deps';

const deps = userDeps();
/** Midnight in Asia/Shanghai of `day` (plus `days`), as the UTC instant history entries are keyed by. */
const shanghaiDayStart = (day: string, days = 0) => new Date(Date.parse(`${day}T00:00:00+08:00`) + days * 86_400_000).toISOString();

/** Every change to people, newest first, searchable by admins and the General Office (issue 11). */
export const handler = http(
  'GET /users/history',
  async ({ query }) => {
    const page = await deps.history.search({
      text: query.q,
      action: query.action,
      from: query.from ? shanghaiDayStart(query.from) : undefined,
      before: query.to ? shanghaiDayStart(query.to, 1) : undefined,
      limit: query.limit,
      cursor: query.cursor,
    });
    return { status: 200, body: page };
  },
  usersContracts,
);
