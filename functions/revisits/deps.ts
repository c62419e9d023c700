import { join } from 'node:path';
import { ulid } from 'ulid';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import type { ChannelSender } from '#core/channels/channel-sender';
import { InboxSender } from '#core/channels/inbox-sender';
import { OutboxEmailSender } from '#core/channels/outbox-email-sender';
import { DingTalkRobotSender, WeComRobotSender } from '#core/channels/robot-senders';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { InboxRepository } from '#core/repositories/inbox.repository';
import { RevisitRepository } from '#core/repositories/revisit.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { TierRepository } from '#core/repositories/tier.repository';
import type { PeriodKind } from '#shared/revisits/periods';

/** How early reminders start, and how long an overdue obligation keeps being escalated (days). */
export interface ReminderSettings {
  leadDays: Record<PeriodKind, number>;
  escalateDays: number;
}

export interface RevisitDeps {
  revisits: RevisitRepository;
  customers: CustomerRepository;
  tiers: TierRepository;
  staff: StaffRepository;
  /** Reminder channels; the inbox always, the others when configured. */
  senders: ChannelSender[];
  reminders: ReminderSettings;
  now: () => Date;
  newId: () => string;
}

const days = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v >= 0 && process.env[name] !== undefined && process.env[name] !== '' ? v : fallback;
};

/**
 * Reminder channels from the environment: REVISIT_EMAIL_OUTBOX (a folder; the local twin uses
 * `.local/outbox`), REVISIT_WECOM_WEBHOOK, REVISIT_DINGTALK_WEBHOOK with REVISIT_DINGTALK_SECRET.
 */
export function channelsFromEnv(inbox: InboxRepository, e: NodeJS.ProcessEnv = process.env): ChannelSender[] {
  const senders: ChannelSender[] = [new InboxSender(inbox)];
  if (e.REVISIT_EMAIL_OUTBOX) senders.push(new OutboxEmailSender(e.REVISIT_EMAIL_OUTBOX));
  if (e.REVISIT_WECOM_WEBHOOK) senders.push(new WeComRobotSender(e.REVISIT_WECOM_WEBHOOK));
  if (e.REVISIT_DINGTALK_WEBHOOK) senders.push(new DingTalkRobotSender(e.REVISIT_DINGTALK_WEBHOOK, e.REVISIT_DINGTALK_SECRET));
  return senders;
}

export const defaultOutboxDir = join(process.cwd(), '.local', 'outbox');

export function revisitDeps(client = documentClient, tableName = env.tableName): RevisitDeps {
  const inbox = new InboxRepository(client, tableName);
  return {
    revisits: new RevisitRepository(client, tableName),
    customers: new CustomerRepository(client, tableName),
    tiers: new TierRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    senders: channelsFromEnv(inbox),
    reminders: {
      leadDays: {
        month: days('REVISIT_LEAD_DAYS_MONTH', 5),
        quarter: days('REVISIT_LEAD_DAYS_QUARTER', 14),
        'half-year': days('REVISIT_LEAD_DAYS_HALF_YEAR', 30),
      },
      escalateDays: days('REVISIT_ESCALATE_DAYS', 14),
    },
    now: () => new Date(),
    newId: () => ulid(),
  };
}
