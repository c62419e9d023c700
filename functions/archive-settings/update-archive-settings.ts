import { archiveSettingsContracts } from '#shared/contracts/archive-settings.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { archiveSettingsDeps } from './deps';

const deps = archiveSettingsDeps();

/** An administrator changes the staleness period (R2); lists, the customer page and the weekly job use it from the next read. */
export const handler = http(
  'PUT /settings/archive',
  async ({ headers, body, principal }) => {
    const stored = await deps.settings.put(body, expectedVersion(headers['if-match']), principal.id, deps.now().toISOString());
    return { status: 200, body: stored, headers: { etag: etagOf(stored.version) } };
  },
  archiveSettingsContracts,
);
