import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { InboxRepository } from '../repositories/inbox.repository';
import { NoticeDigestRepository } from '../repositories/notice-digest.repository';
import { NotificationSettingsRepository } from '../repositories/notification-settings.repository';
import { StaffRepository } from '../repositories/staff.repository';
import { companyApps } from './company-apps';
import { emailTransport } from './email-transport';
import { InboxSender } from './inbox-sender';
import { PersonalDelivery, type ChannelTransports } from './personal-channels';
import { DingTalkRobotSender, WeComRobotSender } from './robot-senders';

/**
 * How notices leave in this deployment: the inbox; email as email-transport.ts decides (SES from MAIL_FROM
 * in the cloud, .eml files in REVISIT_EMAIL_OUTBOX in the twin, none where neither is set); WeCom and
 * DingTalk robots at the URLs each person gave. The company's apps are added by `noticeDelivery`.
 */
export function channelTransports(inbox: InboxRepository, e: NodeJS.ProcessEnv = process.env): ChannelTransports {
  const email = emailTransport(e);
  return {
    inbox: new InboxSender(inbox),
    ...(email ? { email } : {}),
    wecom: (url) => new WeComRobotSender(url),
    dingtalk: (url, secret) => new DingTalkRobotSender(url, secret),
  };
}

/**
 * A PersonalDelivery for one job run, complete: the transports above, the company's WeCom / DingTalk apps
 * and units' robots (read from Secrets Manager, company-apps.ts), the staff directory for each person's
 * app user ids, and the digest queue.
 */
export async function noticeDelivery(
  client: DynamoDBDocumentClient,
  tableName: string,
  e: NodeJS.ProcessEnv = process.env,
  options: { attempts?: number; pauseMs?: number } = {},
): Promise<PersonalDelivery> {
  const staff = new StaffRepository(client, tableName);
  const transports: ChannelTransports = { ...channelTransports(new InboxRepository(client, tableName), e), apps: await companyApps(e) };
  return new PersonalDelivery(new NotificationSettingsRepository(client, tableName), transports, options, {
    directory: (id) => staff.get(id),
    digest: new NoticeDigestRepository(client, tableName),
  });
}
