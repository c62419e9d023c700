import type { InboxRepository } from '../repositories/inbox.repository';
import type { ChannelMessage, ChannelSender } from './channel-sender';

/**
 * The in-app inbox, as PersonalDelivery's first step. A message already delivered (same id) is not delivered
 * twice: that counts as sent.
 */
export class InboxSender implements ChannelSender {
  readonly channel = 'inbox';
  constructor(private readonly inbox: InboxRepository) {}

  async send(m: ChannelMessage): Promise<void> {
    try {
      await this.inbox.deliver(
        { id: m.id, recipientId: m.recipientId, kind: m.kind, title: m.title, body: m.body, ...(m.link ? { link: m.link } : {}), createdAt: m.createdAt },
        m.id,
        false, // the PersonalDelivery sending this reaches the other channels itself
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }
}
