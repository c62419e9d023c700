import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import type { ChannelTransports } from '#core/channels/personal-channels';
import { InboxRepository } from '#core/repositories/inbox.repository';
import { NotificationSettingsRepository } from '#core/repositories/notification-settings.repository';
import { channelTransports } from '#core/channels/notice-delivery';

export interface NotificationSettingsDeps {
  settings: NotificationSettingsRepository;
  transports: ChannelTransports;
  /**
   * Origins a robot webhook may use besides the robots' own https hosts (ROBOT_WEBHOOK_EXTRA_ORIGINS,
   * comma-separated): a local stand-in for the robots in tests or a staging proxy. Empty in production.
   */
  extraRobotOrigins: string[];
  now: () => Date;
}

export function notificationSettingsDeps(client = documentClient, tableName = env.tableName): NotificationSettingsDeps {
  return {
    settings: new NotificationSettingsRepository(client, tableName),
    transports: channelTransports(new InboxRepository(client, tableName)),
    extraRobotOrigins: (process.env.ROBOT_WEBHOOK_EXTRA_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    now: () => new Date(),
  };
}
