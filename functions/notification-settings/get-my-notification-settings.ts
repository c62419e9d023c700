import { notificationSettingsContracts } from '#shared/contracts/notification-settings.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { notificationSettingsDeps } from './deps';
import { myNotificationSettings } from './use-cases/my-notification-settings';

const deps = notificationSettingsDeps();

export const handler = http('GET /me/notification-settings', async ({ principal }) => {
  const view = await myNotificationSettings(deps, principal);
  return { status: 200, body: view, headers: { etag: etagOf(view.version) } };
}, notificationSettingsContracts);
