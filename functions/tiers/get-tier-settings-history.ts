import { tiersContracts } from '#shared/contracts/tiers.contract';
import { http } from '#core/http/http';
import { tierDeps } from './deps';

const deps = tierDeps();

export const handler = http('GET /settings/tiers/history', async () => ({
  status: 200,
  body: { items: await deps.settings.history() },
}), tiersContracts);
