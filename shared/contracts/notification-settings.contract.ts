import { notificationSettingsUpdateSchema } from '../schemas/notification-settings.schema';
import { defineContracts } from './route-contract';

export const notificationSettingsContracts = defineContracts({
  'GET /me/notification-settings': {},
  'PUT /me/notification-settings': { body: notificationSettingsUpdateSchema },
  'POST /me/notification-settings/test': {},
});
