import { notificationSettingsContracts } from '#shared/contracts/notification-settings.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { notificationSettingsDeps } from './deps';
import { updateMyNotificationSettings } from './use-cases/my-notification-settings';

const deps = notificationSettingsDeps();

export const handler = http(
  'PUT /me/notification-settings',
  async ({ body, headers, principal }) => {
    const view = await updateMyNotificationSettings(deps, body, expectedVersion(headers['if-match']), principal);
    return { status: 200, body: view, headers: { etag: etagOf(view.version) } };
  },
  notificationSettingsContracts,
);
