import { meetingsContracts } from '#shared/contracts/meetings.contract';
import { http } from '#core/http/http';
import { meetingDeps } from './deps';
import { getMeeting } from './use-cases/read-meetings';

const deps = meetingDeps();

export const handler = http('GET /meetings/{meetingId}', async ({ params, principal }) => ({ status: 200, body: await getMeeting(deps, params.meetingId, principal) }), meetingsContracts);
