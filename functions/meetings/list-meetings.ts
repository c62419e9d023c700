import { meetingsContracts } from '#shared/contracts/meetings.contract';
import { http } from '#core/http/http';
import { meetingDeps } from './deps';
import { listMeetings } from './use-cases/read-meetings';

const deps = meetingDeps();

export const handler = http(
  'GET /meetings',
  async ({ query, principal }) => ({ status: 200, body: await listMeetings(deps, query, principal) }),
  meetingsContracts,
);
