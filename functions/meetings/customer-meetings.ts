import { meetingsContracts } from '#shared/contracts/meetings.contract';
import { http } from '#core/http/http';
import { meetingDeps } from './deps';
import { customerMeetings } from './use-cases/read-meetings';

const deps = meetingDeps();

export const handler = http(
  'GET /customers/{customerId}/meetings',
  async ({ params, query, principal }) => ({ status: 200, body: await customerMeetings(deps, params.customerId, principal, query) }),
  meetingsContracts,
);
