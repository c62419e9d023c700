import { ulid } from 'ulid';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { InboxSender } from '#core/channels/inbox-sender';
import { emailTransport } from '#core/channels/email-transport';
import { PersonalDelivery, type ChannelTransports } from '#core/channels/personal-channels';
import { DingTalkRobotSender, WeComRobotSender } from '#core/channels/robot-senders';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { InboxRepository } from '#core/repositories/inbox.repository';
import { NotificationSettingsRepository } from '#core/repositories/notification-settings.repository';
import { RevisitSettingsRepository } from '#core/repositories/revisit-settings.repository';
import { RevisitRepository } from '#core/repositories/revisit.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { UnitRepository } from '#core/repositories/unit.repository';
import { TemporaryRevisitPlanRepository } from '#core/repositories/temporary-revisit-plan.repository';
import { TierRepository } from '#core/repositories/tier.repository';

export interface RevisitDeps {
  revisits: RevisitRepository;
  customers: CustomerRepository;
  tiers: TierRepository;
  staff: StaffRepository;
  /** The business units as records: "all units" of coverage and of the reminder job's plan reads. */
  units: UnitRepository;
  /** The R6 frequency rules and reminder timing as an administrator last set them (the policy's until then). */
  settings: RevisitSettingsRepository;
  /** Approved temporary plans owe revisits too (read by unit, never scanned). */
  temporaryPlans: TemporaryRevisitPlanRepository;
  /**
   * Delivery on each recipient's own channels (the inbox always; email, WeCom, DingTalk as they chose);
   * a fresh one per job run, so a person's change counts from the next run.
   */
  delivery: () => PersonalDelivery;
  now: () => Date;
  newId: () => string;
}

/**
 * How reminders leave in this deployment: the inbox; email as email-transport.ts decides (SES from MAIL_FROM
 * in the cloud, .eml files in REVISIT_EMAIL_OUTBOX in the twin, none where neither is set); WeCom and
 * DingTalk robots at the URLs each person gave.
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

export function revisitDeps(client = documentClient, tableName = env.tableName): RevisitDeps {
  const inbox = new InboxRepository(client, tableName);
  return {
    revisits: new RevisitRepository(client, tableName),
    customers: new CustomerRepository(client, tableName),
    tiers: new TierRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    units: new UnitRepository(client, tableName),
    settings: new RevisitSettingsRepository(client, tableName),
    temporaryPlans: new TemporaryRevisitPlanRepository(client, tableName),
    delivery: () => new PersonalDelivery(new NotificationSettingsRepository(client, tableName), channelTransports(inbox)),
    now: () => new Date(),
    newId: () => ulid(),
  };
}
