import { meetingsContracts } from '#shared/contracts/meetings.contract';
import { http } from '#core/http/http';
import { feedbackDeps } from './feedback-deps';
import { feedbackToServiceRequest } from './use-cases/feedback';

const deps = feedbackDeps();

export const handler = http(
  'POST /meetings/{meetingId}/feedback/{feedbackId}/service-request',
  async ({ params, body, principal }) => {
    const out = await feedbackToServiceRequest(deps, params.meetingId, params.feedbackId, body, principal);
    return { status: 201, body: out, headers: { location: `/service-requests/${out.serviceRequest.id}` } };
  },
  meetingsContracts,
);
