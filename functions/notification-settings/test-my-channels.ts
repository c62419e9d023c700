import { notificationSettingsContracts } from '#shared/contracts/notification-settings.contract';
import { http } from '#core/http/http';
import { notificationSettingsDeps } from './deps';
import { testMyChannels } from './use-cases/test-my-channels';

const deps = notificationSettingsDeps();

export const handler = http('POST /me/notification-settings/test', async ({ principal }) => ({
  status: 200,
  body: await testMyChannels(deps, principal),
}), notificationSettingsContracts);
