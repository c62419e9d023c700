import { archiveSettingsSchema } from '../schemas/archive-settings.schema';
import { defineContracts } from './route-contract';

export const archiveSettingsContracts = defineContracts({
  'GET /settings/archive': {},
  'PUT /settings/archive': { body: archiveSettingsSchema },
  'GET /settings/archive/history': {},
});
