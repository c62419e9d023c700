import type { NotificationSettings } from '#shared/schemas/notification-settings.schema';
import type { NotificationSettingsRepository } from '../repositories/notification-settings.repository';
import { sendEverywhere, type ChannelMessage, type ChannelSender, type DeliveryOutcome } from './channel-sender';

/** How each channel reaches the outside world in this deployment. */
export interface ChannelTransports {
  inbox: ChannelSender;
  /** Mail to one address (email-transport.ts); undefined where none is set up (a chosen email then fails, recorded). */
  email?: (address: string) => ChannelSender;
  wecom: (webhookUrl: string) => ChannelSender;
  dingtalk: (webhookUrl: string, secret?: string) => ChannelSender;
}

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

/** The senders of one person's choice: the inbox always, then each channel they turned on. */
export function sendersFor(settings: NotificationSettings, t: ChannelTransports): ChannelSender[] {
  const out: ChannelSender[] = [t.inbox];
  if (settings.email.enabled && settings.email.address) out.push(t.email ? addressed(t.email(settings.email.address), settings.email.address) : noMailTransport);
  if (settings.wecom.enabled && settings.wecom.webhookUrl) out.push(t.wecom(settings.wecom.webhookUrl));
  if (settings.dingtalk.enabled && settings.dingtalk.webhookUrl) out.push(t.dingtalk(settings.dingtalk.webhookUrl, settings.dingtalk.secret));
  return out;
}

/**
 * Sends each message on its recipient's own channels. A person's choice is read once per `PersonalDelivery`
 * (a job run), however many reminders they get; each channel is retried on its own (sendEverywhere).
 */
export class PersonalDelivery {
  private readonly chosen = new Map<string, Promise<ChannelSender[]>>();

  constructor(
    private readonly settings: Pick<NotificationSettingsRepository, 'get'>,
    private readonly transports: ChannelTransports,
    private readonly options: { attempts?: number; pauseMs?: number } = {},
  ) {}

  private sendersOf(personId: string): Promise<ChannelSender[]> {
    let senders = this.chosen.get(personId);
    if (!senders) {
      senders = this.settings.get(personId).then((s) => sendersFor(s.settings, this.transports));
      this.chosen.set(personId, senders);
    }
    return senders;
  }

  async send(messages: readonly ChannelMessage[]): Promise<DeliveryOutcome[]> {
    const each = await Promise.all(messages.map(async (m) => sendEverywhere(await this.sendersOf(m.recipientId), [m], this.options)));
    return each.flat();
  }
}
