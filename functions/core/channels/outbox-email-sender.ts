import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { plainText, type ChannelMessage, type ChannelSender } from './channel-sender';

/**
 * Email in the local twin: each message becomes an RFC 822 file in the outbox folder (`.local/outbox/`
 * by default), so a person can read what would have been sent. In the cloud an SES sender takes its place.
 */
export class OutboxEmailSender implements ChannelSender {
  readonly channel = 'email';
  constructor(
    private readonly dir: string,
    private readonly from = 'crm@localhost',
  ) {}

  async send(m: ChannelMessage): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const to = m.recipientEmail ?? `${m.recipientId}@localhost`;
    const subject = `=?UTF-8?B?${Buffer.from(m.title['zh-CN']).toString('base64')}?=`;
    const mail = [
      `From: ${this.from}`,
      `To: ${to}`,
      `Subject: ${subject}`,
      `Date: ${new Date(m.createdAt).toUTCString()}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      plainText(m),
      '',
    ].join('\r\n');
    await writeFile(join(this.dir, `${m.id.replace(/[^\w.-]/g, '_')}.eml`), mail, 'utf8');
  }
}
