import { tiersContracts } from '#shared/contracts/tiers.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { tierDeps } from './deps';

const deps = tierDeps();

export const handler = http('GET /settings/tiers', async () => {
  const stored = await deps.settings.get();
  return { status: 200, body: stored, headers: { etag: etagOf(stored.version) } };
}, tiersContracts);
