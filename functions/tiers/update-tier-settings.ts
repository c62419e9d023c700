import { tiersContracts } from '#shared/contracts/tiers.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { tierDeps } from './deps';

const deps = tierDeps();

/** An administrator changes the tier rules' settings (R3); the next nightly run applies them to every customer. */
export const handler = http(
  'PUT /settings/tiers',
  async ({ headers, body, principal }) => {
    const stored = await deps.settings.put(body, expectedVersion(headers['if-match']), principal.id, deps.now().toISOString());
    return { status: 200, body: stored, headers: { etag: etagOf(stored.version) } };
  },
  tiersContracts,
);
