import { meetingsContracts } from '#shared/contracts/meetings.contract';
import { http } from '#core/http/http';
import { meetingDeps } from './deps';
import { addFeedback } from './use-cases/feedback';

const deps = meetingDeps();

export const handler = http(
  'POST /meetings/{meetingId}/feedback',
  async ({ params, body, principal }) => ({ status: 201, body: await addFeedback(deps, params.meetingId, body, principal) }),
  meetingsContracts,
);
