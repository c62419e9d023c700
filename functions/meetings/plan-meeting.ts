import { meetingsContracts } from '#shared/contracts/meetings.contract';
import { http } from '#core/http/http';
import { meetingDeps } from './deps';
import { planMeeting } from './use-cases/plan-meeting';

const deps = meetingDeps();

export const handler = http(
  'POST /meetings',
  async ({ body, principal, lang }) => {
    const meeting = await planMeeting(deps, body, principal, lang);
    return { status: 201, body: meeting, headers: { location: `/meetings/${meeting.id}` } };
  },
  meetingsContracts,
);
