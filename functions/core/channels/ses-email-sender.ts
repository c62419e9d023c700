import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import { plainText, type ChannelMessage, type ChannelSender } from './channel-sender';

/** Both languages in the subject too: the reader's language is not known when a job sends. */
export function mailSubject(m: ChannelMessage): string {
  return `${m.title['zh-CN']} / ${m.title.en}`;
}

/**
 * Spaces sends at least `intervalMs` apart across every sender sharing it: SES caps sends per second per
 * account (1 in the sandbox, 14 at first in production), and a reminder run starts many at once.
 */
export class SendPace {
  private next = 0;
  constructor(private readonly intervalMs: number) {}

  async wait(): Promise<void> {
    const at = Math.max(Date.now(), this.next);
    this.next = at + this.intervalMs;
    const delay = at - Date.now();
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
  }
}

/** What SES said, short enough to record on a delivery: status, error name, message. */
function reason(error: unknown): string {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode;
  return `SES ${status ? `HTTP ${status} ` : ''}${e.name ?? 'Error'}: ${e.message || String(error)}`;
}

/**
 * Email in the cloud: one plain-text SES v2 SendEmail per message, from the configured sender address to
 * the address the person gave. A refusal or an outage is thrown as a short reason, exactly like the robot
 * senders, so the delivery (sendEverywhere) retries it and records the failure; the client must therefore
 * be built with `maxAttempts: 1` (email-transport.ts), or every attempt would hide the SDK's own retries.
 */
export class SesEmailSender implements ChannelSender {
  readonly channel = 'email';
  constructor(
    private readonly ses: SESv2Client,
    private readonly from: string,
    private readonly pace: SendPace = new SendPace(0),
  ) {}

  async send(m: ChannelMessage): Promise<void> {
    if (!m.recipientEmail) throw new Error('no email address to send to');
    await this.pace.wait();
    try {
      await this.ses.send(
        new SendEmailCommand({
          FromEmailAddress: this.from,
          Destination: { ToAddresses: [m.recipientEmail] },
          Content: {
            Simple: {
              Subject: { Data: mailSubject(m), Charset: 'UTF-8' },
              Body: { Text: { Data: plainText(m), Charset: 'UTF-8' } },
            },
          },
        }),
      );
    } catch (error) {
      throw new Error(reason(error), { cause: error });
    }
  }
}
