import { archiveSettingsSchema } from '../schemas/archive-settings.schema';
import { settingsHistoryOf, storedSettingsOf } from './common.contract';
import { defineContracts } from './route-contract';

/** The archive's staleness period (R2 及时更新), a setting with history. */
export const archiveSettingsContracts = defineContracts({
  'GET /settings/archive': { summary: 'The staleness period in force (ETag: its version)', response: storedSettingsOf(archiveSettingsSchema) },
  'PUT /settings/archive': { summary: 'Change the staleness period (If-Match)', body: archiveSettingsSchema, response: storedSettingsOf(archiveSettingsSchema) },
  'GET /settings/archive/history': { summary: 'Earlier periods, newest first', response: settingsHistoryOf(archiveSettingsSchema) },
});
