import { archiveSettingsContracts } from '#shared/contracts/archive-settings.contract';
import { http } from '#core/http/http';
import { archiveSettingsDeps } from './deps';

const deps = archiveSettingsDeps();

export const handler = http('GET /settings/archive/history', async () => ({
  status: 200,
  body: { items: await deps.settings.history() },
}), archiveSettingsContracts);
