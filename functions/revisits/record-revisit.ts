import { revisitsContracts } from '#shared/contracts/revisits.contract';
import { http } from '#core/http/http';
import { revisitDeps } from './deps';
import { recordRevisit } from './use-cases/record-revisit';

const deps = revisitDeps();

export const handler = http(
  'POST /customers/{customerId}/revisits',
  async ({ body, params, principal, lang }) => {
    const revisit = await recordRevisit(deps, params.customerId, body, principal, lang);
    return { status: 201, body: revisit, headers: { location: `/customers/${revisit.customerId}/revisits/${revisit.id}` } };
  },
  revisitsContracts,
);
