import { meetingsContracts } from '#shared/contracts/meetings.contract';
import { http } from '#core/http/http';
import { meetingDeps } from './deps';
import { updateInvitation } from './use-cases/invitations';

const deps = meetingDeps();

export const handler = http(
  'PUT /meetings/{meetingId}/invitations/{customerId}',
  async ({ params, body, principal }) => ({ status: 200, body: await updateInvitation(deps, params.meetingId, params.customerId, body, principal) }),
  meetingsContracts,
);
