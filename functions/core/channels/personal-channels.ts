import { externalChannels, noticeCategoryOf, type ExternalChannel } from '#shared/notice-kinds';
import type { NotificationSettings } from '#shared/schemas/notification-settings.schema';
import type { Staff } from '#shared/schemas/staff.schema';
import type { NotificationSettingsRepository } from '../repositories/notification-settings.repository';
import { sendEverywhere, type ChannelMessage, type ChannelSender, type DeliveryOutcome } from './channel-sender';
import { DingTalkAppSender, WeComAppSender, type CompanyApps } from './company-apps';

/** How each channel reaches the outside world in this deployment. */
export interface ChannelTransports {
  inbox: ChannelSender;
  /** Mail to one address (email-transport.ts); undefined where none is set up (a chosen email then fails, recorded). */
  email?: (address: string) => ChannelSender;
  wecom: (webhookUrl: string) => ChannelSender;
  dingtalk: (webhookUrl: string, secret?: string) => ChannelSender;
  /** The company's WeCom / DingTalk apps and units' group robots (company-apps.ts); none where not configured. */
  apps?: CompanyApps;
  wecomApp?: (app: NonNullable<CompanyApps['wecom']>, userId: string) => ChannelSender;
  dingtalkApp?: (app: NonNullable<CompanyApps['dingtalk']>, userId: string) => ChannelSender;
}

/** Who a notice is for, as the staff directory knows them (name for robots' mention, unit, app user ids). */
export type Recipient = Pick<Staff, 'id'> & Partial<Pick<Staff, 'name' | 'unitId' | 'wecomUserId' | 'dingtalkUserId'>>;

/** Mail addressed to the person's own address, whatever the message says. */
function addressed(sender: ChannelSender, address: string): ChannelSender {
  return { channel: sender.channel, send: (m) => sender.send({ ...m, recipientEmail: address }) };
}

const noMailTransport: ChannelSender = {
  channel: 'email',
  send: async () => {
    throw new Error('no mail transport is configured here (neither MAIL_FROM nor REVISIT_EMAIL_OUTBOX is set)');
  },
};

/**
 * One turned-on channel's sender for a person:
 * - email: to their address;
 * - WeCom / DingTalk: the company's app to the person's own user id where the app is configured and the
 *   directory knows the id; otherwise the group robot they set, else their unit's group robot; none where
 *   neither exists (nothing to send to).
 */
function channelSender(channel: ExternalChannel, s: NotificationSettings, t: ChannelTransports, who: Recipient | undefined): ChannelSender | undefined {
  if (channel === 'email') {
    if (!s.email.enabled || !s.email.address) return undefined;
    return t.email ? addressed(t.email(s.email.address), s.email.address) : noMailTransport;
  }
  if (!s[channel].enabled) return undefined;
  const unitRobot = who?.unitId ? t.apps?.unitRobots?.[who.unitId] : undefined;
  if (channel === 'wecom') {
    const app = t.apps?.wecom;
    if (app && who?.wecomUserId) return (t.wecomApp ?? ((a, u) => new WeComAppSender(a, u)))(app, who.wecomUserId);
    const url = s.wecom.webhookUrl ?? unitRobot?.wecom;
    return url ? t.wecom(url) : undefined;
  }
  const app = t.apps?.dingtalk;
  if (app && who?.dingtalkUserId) return (t.dingtalkApp ?? ((a, u) => new DingTalkAppSender(a, u)))(app, who.dingtalkUserId);
  if (s.dingtalk.webhookUrl) return t.dingtalk(s.dingtalk.webhookUrl, s.dingtalk.secret);
  return unitRobot?.dingtalk ? t.dingtalk(unitRobot.dingtalk.webhookUrl, unitRobot.dingtalk.secret) : undefined;
}

/** The outside channels one notice kind takes for a person: those turned on, narrowed by their choice for its category. */
export function externalSendersFor(settings: NotificationSettings, t: ChannelTransports, kind: string, who?: Recipient): ChannelSender[] {
  const choice = settings.kinds?.[noticeCategoryOf(kind)];
  const channels = choice ? externalChannels.filter((c) => choice.channels.includes(c)) : externalChannels;
  return channels.map((c) => channelSender(c, settings, t, who)).filter((x): x is ChannelSender => !!x);
}

/** The senders of one person's choice: the inbox always, then each channel they turned on (every kind). */
export function sendersFor(settings: NotificationSettings, t: ChannelTransports, who?: Recipient): ChannelSender[] {
  return [t.inbox, ...externalChannels.map((c) => channelSender(c, settings, t, who)).filter((x): x is ChannelSender => !!x)];
}

/** Where notices wait for the person's daily digest (notice-digest.repository.ts). */
export interface DigestQueue {
  add(message: ChannelMessage): Promise<void>;
}

export interface DeliveryExtras {
  /** The staff directory entry of a recipient, for app user ids, unit robot and name. */
  directory?: (id: string) => Promise<Recipient | undefined>;
  digest?: DigestQueue;
}

/**
 * The one notice service (issue 12): every notice reaches its recipient through here.
 * 1. the in-app inbox first, always (unless the notice's own transaction wrote it already);
 * 2. the person's outside channels for the notice's category (their choice per category, all turned-on
 *    channels where they made none);
 * 3. if they take that category as a daily digest, the notice waits in the digest queue instead;
 * 4. otherwise each channel is sent on its own, side by side, retried (sendEverywhere); a failure never
 *    holds up another channel, and every outcome is returned for the caller to record.
 * A person's choice and directory entry are read once per `PersonalDelivery` (a job run), however many
 * notices they get.
 */
export class PersonalDelivery {
  private readonly chosen = new Map<string, Promise<{ settings: NotificationSettings; who?: Recipient }>>();

  constructor(
    private readonly settings: Pick<NotificationSettingsRepository, 'get'>,
    private readonly transports: ChannelTransports,
    private readonly options: { attempts?: number; pauseMs?: number } = {},
    private readonly extras: DeliveryExtras = {},
  ) {}

  private personOf(personId: string) {
    let p = this.chosen.get(personId);
    if (!p) {
      p = Promise.all([this.settings.get(personId), this.extras.directory?.(personId)]).then(([s, who]) => ({ settings: s.settings, ...(who ? { who } : {}) }));
      this.chosen.set(personId, p);
    }
    return p;
  }

  /**
   * `inboxWritten`: the inbox item exists already (written in the transaction of the change it reports).
   * `everyChannel`: ignore the person's per-category choice and digest (a channel test).
   */
  async send(messages: readonly ChannelMessage[], how: { inboxWritten?: boolean; everyChannel?: boolean } = {}): Promise<DeliveryOutcome[]> {
    const each = await Promise.all(
      messages.map(async (m) => {
        const inbox = how.inboxWritten ? [] : await sendEverywhere([this.transports.inbox], [m], this.options);
        const { settings, who } = await this.personOf(m.recipientId);
        const named = who?.name && !m.recipientName ? { ...m, recipientName: who.name } : m;
        const senders = how.everyChannel ? sendersFor(settings, this.transports, who).slice(1) : externalSendersFor(settings, this.transports, m.kind, who);
        if (!senders.length) return inbox;
        const digest = !how.everyChannel && settings.kinds?.[noticeCategoryOf(m.kind)]?.digest && this.extras.digest;
        if (digest) {
          const queued = await sendEverywhere([{ channel: 'digest', send: (x) => digest.add(x) }], [named], this.options);
          return [...inbox, ...queued];
        }
        return [...inbox, ...(await sendEverywhere(senders, [named], this.options))];
      }),
    );
    return each.flat();
  }

  /**
   * A daily digest: one message on the union of the channels the person chose for the digested notices'
   * kinds (each notice is in the inbox already, so not the inbox), retried and reported like any other.
   */
  async sendDigest(message: ChannelMessage, kinds: readonly string[]): Promise<DeliveryOutcome[]> {
    const { settings, who } = await this.personOf(message.recipientId);
    const byChannel = new Map<string, ChannelSender>();
    for (const kind of new Set(kinds)) for (const s of externalSendersFor(settings, this.transports, kind, who)) if (!byChannel.has(s.channel)) byChannel.set(s.channel, s);
    const named = who?.name && !message.recipientName ? { ...message, recipientName: who.name } : message;
    return sendEverywhere([...byChannel.values()], [named], this.options);
  }
}
