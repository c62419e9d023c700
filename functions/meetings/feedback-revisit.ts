import { meetingsContracts } from '#shared/contracts/meetings.contract';
import { http } from '#core/http/http';
import { feedbackDeps } from './feedback-deps';
import { feedbackToRevisit } from './use-cases/feedback';

const deps = feedbackDeps();

export const handler = http(
  'POST /meetings/{meetingId}/feedback/{feedbackId}/revisit',
  async ({ params, body, principal, lang }) => {
    const out = await feedbackToRevisit(deps, params.meetingId, params.feedbackId, body, principal, lang);
    return { status: 201, body: out, headers: { location: `/customers/${out.revisit.customerId}/revisits/${out.revisit.id}` } };
  },
  meetingsContracts,
);
