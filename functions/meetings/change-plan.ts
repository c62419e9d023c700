import { meetingsContracts } from '#shared/contracts/meetings.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { meetingDeps } from './deps';
import { changePlan } from './use-cases/plan-meeting';

const deps = meetingDeps();

/** Change a planned meeting's plan at the version read (If-Match, like customers and units). */
export const handler = http(
  'PATCH /meetings/{meetingId}',
  async ({ params, headers, body, principal, lang }) => {
    const meeting = await changePlan(deps, params.meetingId, body, expectedVersion(headers['if-match']), principal, lang);
    return { status: 200, body: meeting, headers: { etag: etagOf(meeting.version) } };
  },
  meetingsContracts,
);
