import { meetingsContracts } from '#shared/contracts/meetings.contract';
import { http } from '#core/http/http';
import { meetingDeps } from './deps';
import { writeMinutes } from './use-cases/plan-meeting';

const deps = meetingDeps();

export const handler = http(
  'PUT /meetings/{meetingId}/minutes',
  async ({ params, body, principal }) => ({ status: 200, body: await writeMinutes(deps, params.meetingId, body.text, principal) }),
  meetingsContracts,
);
