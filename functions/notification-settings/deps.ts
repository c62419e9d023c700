import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { companyApps, type CompanyApps } from '#core/channels/company-apps';
import type { ChannelTransports } from '#core/channels/personal-channels';
import { InboxRepository } from '#core/repositories/inbox.repository';
import { NotificationSettingsRepository } from '#core/repositories/notification-settings.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { channelTransports } from '#core/channels/notice-delivery';

export interface NotificationSettingsDeps {
  settings: NotificationSettingsRepository;
  transports: ChannelTransports;
  /** The company's WeCom / DingTalk apps (Secrets Manager in the cloud), read per request: cached by Powertools. */
  apps: () => Promise<CompanyApps>;
  /** The directory, for the person's own ids in those apps. */
  staff: Pick<StaffRepository, 'get'>;
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
    apps: () => companyApps(),
    staff: new StaffRepository(client, tableName),
    extraRobotOrigins: (process.env.ROBOT_WEBHOOK_EXTRA_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    now: () => new Date(),
  };
}
