import { meetingsContracts } from '#shared/contracts/meetings.contract';
import { http } from '#core/http/http';
import { meetingDeps } from './deps';
import { planHistory } from './use-cases/plan-meeting';

const deps = meetingDeps();

export const handler = http(
  'GET /meetings/{meetingId}/history',
  async ({ params, principal }) => ({ status: 200, body: await planHistory(deps, params.meetingId, principal) }),
  meetingsContracts,
);
