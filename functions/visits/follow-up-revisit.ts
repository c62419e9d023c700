import { visitsContracts } from '#shared/contracts/visits.contract';
import { http } from '#core/http/http';
import { followUpRevisitDeps } from './follow-up-deps';
import { followUpToRevisit } from './use-cases/follow-up-to-revisit';

const deps = followUpRevisitDeps();

export const handler = http(
  'POST /visits/{visitId}/follow-ups/{followUpId}/revisit',
  async ({ params, body, principal, lang }) => {
    const out = await followUpToRevisit(deps, params.visitId, params.followUpId, body, principal, lang);
    return { status: 201, body: out, headers: { location: `/customers/${out.revisit.customerId}/revisits/${out.revisit.id}` } };
  },
  visitsContracts,
);
