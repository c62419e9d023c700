import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { ChannelMessage, ChannelSender } from './channel-sender';
import { OutboxEmailSender } from './outbox-email-sender';
import { traceSdkCalls } from '../sdk-tracing';
import type { SendPace } from './ses-email-sender';

/** Stand-in credentials for a local SES endpoint (tests): it checks no signature, and no real key may leak there. */
const localMailCredentials = { accessKeyId: 'LOCAL', secretAccessKey: 'LOCAL' } as const;

const clients = new Map<string, Promise<{ ses: SESv2Client; pace: SendPace }>>();

/** Below SES's first production quota (14 a second); the sandbox allows 1 (MAIL_MAX_PER_SECOND=1). */
const defaultPerSecond = 10;

/**
 * One client and one pace per region and endpoint per Lambda container, reused across job runs. The SES
 * client (~60 KB) is imported when the first email goes, not at a cold start: many functions can notify
 * someone, few ever email (the function bundle budget, docs/performance.md).
 */
function sesClient(region: string | undefined, endpoint: string | undefined, perSecond: number): Promise<{ ses: SESv2Client; pace: SendPace }> {
  const key = `${region} ${endpoint ?? ''} ${perSecond}`;
  let client = clients.get(key);
  if (!client) {
    client = makeSesClient(region, endpoint, perSecond);
    clients.set(key, client);
    client.catch(() => clients.delete(key));
  }
  return client;
}

async function makeSesClient(region: string | undefined, endpoint: string | undefined, perSecond: number) {
  const [{ SESv2Client }, { SendPace }] = await Promise.all([import('@aws-sdk/client-sesv2'), import('./ses-email-sender')]);
  {
    const ses = traceSdkCalls(new SESv2Client({
      region,
      // sendEverywhere retries each channel (3 attempts, growing pause); SDK retries inside each attempt would
      // multiply them and stretch a job run behind an SES outage.
      maxAttempts: 1,
      requestHandler: { connectionTimeout: 3000, requestTimeout: 5000 },
      ...(endpoint ? { endpoint, credentials: localMailCredentials } : {}),
    }));
    return { ses, pace: new SendPace(Math.ceil(1000 / perSecond)) };
  }
}

/** SES as a channel, loading the client and sender on its first message. */
class LazySesSender implements ChannelSender {
  readonly channel = 'email';
  constructor(
    private readonly client: () => Promise<{ ses: SESv2Client; pace: SendPace }>,
    private readonly from: string,
  ) {}

  async send(message: ChannelMessage): Promise<void> {
    const [{ ses, pace }, { SesEmailSender }] = await Promise.all([this.client(), import('./ses-email-sender')]);
    await new SesEmailSender(ses, this.from, pace).send(message);
  }
}

/**
 * The one place that decides how email leaves this deployment:
 * - REVISIT_EMAIL_OUTBOX (set by the local twin, infra/local/twin-env.ts): .eml files in that folder, so the
 *   twin never needs an AWS account and never mails anyone for real, whatever else is set;
 * - MAIL_FROM (set by CDK from the `mailFrom` context value): SES v2 SendEmail from that address, in
 *   MAIL_REGION when SES runs in another region than the functions (else AWS_REGION), at most MAIL_MAX_PER_SECOND
 *   (default 10) from one container; SES_ENDPOINT only in tests;
 * - neither: undefined, and a person who chose email gets a recorded failed delivery (personal-channels.ts).
 */
export function emailTransport(e: NodeJS.ProcessEnv = process.env): ((address: string) => ChannelSender) | undefined {
  const outbox = e.REVISIT_EMAIL_OUTBOX;
  if (outbox) return () => new OutboxEmailSender(outbox);
  const from = e.MAIL_FROM;
  if (from) {
    const perSecond = Number(e.MAIL_MAX_PER_SECOND);
    const client = () => sesClient(e.MAIL_REGION || e.AWS_REGION, e.SES_ENDPOINT || undefined, perSecond > 0 ? perSecond : defaultPerSecond);
    return () => new LazySesSender(client, from);
  }
  return undefined;
}
