import { opinionsContracts } from '#shared/contracts/opinions.contract';
import { http } from '#core/http/http';
import { opinionDeps } from './deps';
import { actOnOpinion } from './use-cases/opinions';

const deps = opinionDeps();

export const handler = http(
  'POST /opinions/{opinionId}/actions',
  async ({ params, body, principal, lang }) => ({ status: 200, body: await actOnOpinion(deps, params.opinionId, body, principal, lang) }),
  opinionsContracts,
);
