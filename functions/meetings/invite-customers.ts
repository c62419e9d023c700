import { meetingsContracts } from '#shared/contracts/meetings.contract';
import { http } from '#core/http/http';
import { meetingDeps } from './deps';
import { inviteCustomers } from './use-cases/invitations';

const deps = meetingDeps();

export const handler = http(
  'POST /meetings/{meetingId}/invitations',
  async ({ params, body, principal }) => ({ status: 200, body: await inviteCustomers(deps, params.meetingId, body, principal) }),
  meetingsContracts,
);
