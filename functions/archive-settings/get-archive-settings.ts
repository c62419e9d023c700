import { archiveSettingsContracts } from '#shared/contracts/archive-settings.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { archiveSettingsDeps } from './deps';

const deps = archiveSettingsDeps();

/** The staleness period in force (12 months until an administrator changes it), with its version as ETag. */
export const handler = http('GET /settings/archive', async () => {
  const stored = await deps.settings.get();
  return { status: 200, body: stored, headers: { etag: etagOf(stored.version) } };
}, archiveSettingsContracts);
