import { meetingsContracts } from '#shared/contracts/meetings.contract';
import { http } from '#core/http/http';
import { meetingDeps } from './deps';
import { cancelMeeting } from './use-cases/plan-meeting';

const deps = meetingDeps();

export const handler = http(
  'POST /meetings/{meetingId}/cancel',
  async ({ params, body, principal }) => ({ status: 200, body: await cancelMeeting(deps, params.meetingId, body.reason, principal) }),
  meetingsContracts,
);
