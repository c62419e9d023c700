import { ulid } from 'ulid';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { InboxSender } from '#core/channels/inbox-sender';
import { OutboxEmailSender } from '#core/channels/outbox-email-sender';
import { PersonalDelivery, type ChannelTransports } from '#core/channels/personal-channels';
import { DingTalkRobotSender, WeComRobotSender } from '#core/channels/robot-senders';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { InboxRepository } from '#core/repositories/inbox.repository';
import { NotificationSettingsRepository } from '#core/repositories/notification-settings.repository';
import { RevisitSettingsRepository } from '#core/repositories/revisit-settings.repository';
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
  /** The R6 frequency rules as an administrator last set them (the policy's until then). */
  settings: RevisitSettingsRepository;
  /**
   * Delivery on each recipient's own channels (the inbox always; email, WeCom, DingTalk as they chose);
   * a fresh one per job run, so a person's change counts from the next run.
   */
  delivery: () => PersonalDelivery;
  reminders: ReminderSettings;
  now: () => Date;
  newId: () => string;
}

const days = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v >= 0 && process.env[name] !== undefined && process.env[name] !== '' ? v : fallback;
};

/**
 * How reminders leave in this deployment: the inbox; email as RFC 822 files in REVISIT_EMAIL_OUTBOX (the
 * local twin's `.local/outbox`; no mail transport where it is unset); WeCom and DingTalk robots at the
 * URLs each person gave.
 */
export function channelTransports(inbox: InboxRepository, e: NodeJS.ProcessEnv = process.env): ChannelTransports {
  const outbox = e.REVISIT_EMAIL_OUTBOX;
  return {
    inbox: new InboxSender(inbox),
    ...(outbox ? { email: () => new OutboxEmailSender(outbox) } : {}),
    wecom: (url) => new WeComRobotSender(url),
    dingtalk: (url, secret) => new DingTalkRobotSender(url, secret),
  };
}

export function revisitDeps(client = documentClient, tableName = env.tableName): RevisitDeps {
  const inbox = new InboxRepository(client, tableName);
  return {
    revisits: new RevisitRepository(client, tableName),
    customers: new CustomerRepository(client, tableName),
    tiers: new TierRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    settings: new RevisitSettingsRepository(client, tableName),
    delivery: () => new PersonalDelivery(new NotificationSettingsRepository(client, tableName), channelTransports(inbox)),
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
