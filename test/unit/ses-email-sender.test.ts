import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendEverywhere, type ChannelMessage } from '../../functions/core/channels/channel-sender';
import { emailTransport } from '../../functions/core/channels/email-transport';
import { OutboxEmailSender } from '../../functions/core/channels/outbox-email-sender';
import { PersonalDelivery } from '../../functions/core/channels/personal-channels';
import { SesEmailSender } from '../../functions/core/channels/ses-email-sender';
import { defaultNotificationSettings } from '../../shared/schemas/notification-settings.schema';

/** What the SES v2 stand-in was sent. */
interface Received {
  method: string;
  path: string;
  at: number;
  signed: boolean;
  body: {
    FromEmailAddress?: string;
    Destination?: { ToAddresses?: string[] };
    Content?: { Simple?: { Subject?: { Data: string; Charset?: string }; Body?: { Text?: { Data: string; Charset?: string } } } };
  };
}

/**
 * A local HTTP server standing in for the SES v2 API (REST-JSON, POST /v2/email/outbound-emails): it keeps each
 * request and answers as `answer` says — SES's success shape, a 500 outage, or a 400 refusal as SES words it.
 */
let server: Server;
let endpoint = '';
const received: Received[] = [];
let answer: 'ok' | 'down' | 'unverified' = 'ok';

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        at: Date.now(),
        path: new URL(req.url ?? '/', 'http://x').pathname,
        signed: String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 '),
        body: raw ? JSON.parse(raw) : {},
      });
      if (answer === 'down') {
        res.writeHead(500, { 'content-type': 'application/json', 'x-amzn-errortype': 'InternalFailure' });
        res.end(JSON.stringify({ message: 'SES is having a bad day' }));
      } else if (answer === 'unverified') {
        res.writeHead(400, { 'content-type': 'application/json', 'x-amzn-errortype': 'MessageRejected' });
        res.end(JSON.stringify({ message: 'Email address is not verified. The following identities failed the check in region AP-SOUTHEAST-1: x@y.cn' }));
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ MessageId: `m-${received.length}` }));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  received.length = 0;
  answer = 'ok';
});

const reminder: ChannelMessage = {
  id: 'revisit-reminder#east.staff2#2026-12-20',
  recipientId: 'east.staff2',
  recipientEmail: 'wu.hao@example.cn',
  kind: 'revisit-reminder',
  title: { 'zh-CN': '回访即将到期', en: 'Revisit due soon' },
  body: { 'zh-CN': '请在本季度内上门回访华东重点客户。', en: 'Visit the East China key customer on site this quarter.' },
  link: '/customers/seed-001/revisits',
  createdAt: '2026-12-20T01:00:00.000Z',
};

const client = () =>
  new SESv2Client({ region: 'ap-southeast-1', endpoint, maxAttempts: 1, credentials: { accessKeyId: 'TEST', secretAccessKey: 'TEST' } });

describe('email through SES (the cloud)', () => {
  it('sends one signed SendEmail from the configured sender to the person, subject and text in Chinese then English', async () => {
    const outcomes = await sendEverywhere([new SesEmailSender(client(), 'crm@example.cn')], [reminder]);
    expect(outcomes).toEqual([{ channel: 'email', recipientId: 'east.staff2', ok: true, attempts: 1 }]);
    expect(received).toHaveLength(1);
    const [req] = received;
    expect(req).toMatchObject({ method: 'POST', path: '/v2/email/outbound-emails', signed: true });
    expect(req!.body.FromEmailAddress).toBe('crm@example.cn');
    expect(req!.body.Destination).toEqual({ ToAddresses: ['wu.hao@example.cn'] });
    const simple = req!.body.Content!.Simple!;
    expect(simple.Subject).toEqual({ Data: '回访即将到期 / Revisit due soon', Charset: 'UTF-8' });
    expect(simple.Body!.Text!.Charset).toBe('UTF-8');
    const text = simple.Body!.Text!.Data;
    expect(text.indexOf('请在本季度内上门回访华东重点客户。')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Visit the East China key customer on site this quarter.')).toBeGreaterThan(text.indexOf('请在本季度内上门回访华东重点客户。'));
    expect(text).toContain('/customers/seed-001/revisits');
  });

  it('gives a failed outcome with SES’s reason when SES answers 500, retried like every channel and not again inside the SDK', async () => {
    answer = 'down';
    // Built by the deployment's factory, so its client settings (no SDK retries) are what is tested.
    const sender = emailTransport({ MAIL_FROM: 'crm@example.cn', AWS_REGION: 'ap-southeast-1', SES_ENDPOINT: endpoint })!('wu.hao@example.cn');
    expect(sender.channel).toBe('email');
    const outcomes = await sendEverywhere([sender], [reminder], { attempts: 3, pauseMs: 1 });
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ channel: 'email', recipientId: 'east.staff2', ok: false, attempts: 3 });
    expect(outcomes[0]!.error).toContain('HTTP 500');
    expect(outcomes[0]!.error).toContain('InternalFailure');
    expect(outcomes[0]!.error).toContain('SES is having a bad day');
    expect(received).toHaveLength(3);
  });

  it('records SES’s refusal in its own words (an unverified address in the sandbox)', async () => {
    answer = 'unverified';
    const [outcome] = await sendEverywhere([new SesEmailSender(client(), 'crm@example.cn')], [reminder], { attempts: 1 });
    expect(outcome).toMatchObject({ ok: false, attempts: 1 });
    expect(outcome!.error).toMatch(/HTTP 400 MessageRejected: Email address is not verified/);
  });

  it('refuses a message without an address rather than send it nowhere', async () => {
    const { recipientEmail: _none, ...addressless } = reminder;
    const [outcome] = await sendEverywhere([new SesEmailSender(client(), 'crm@example.cn')], [addressless], { attempts: 1 });
    expect(outcome).toMatchObject({ ok: false, error: 'no email address to send to' });
    expect(received).toHaveLength(0);
  });
});

describe('which email transport a deployment has (email-transport.ts)', () => {
  const never = { channel: 'never', send: async () => { throw new Error('not chosen'); } };
  const chosenEmail = async (env: NodeJS.ProcessEnv) => {
    const email = emailTransport(env);
    const settings = { get: async () => ({ settings: { ...defaultNotificationSettings, email: { enabled: true, address: 'li.na@example.cn' } }, version: 1 }) };
    const delivery = new PersonalDelivery(settings, { inbox: { channel: 'inbox', send: async () => {} }, ...(email ? { email } : {}), wecom: () => never, dingtalk: () => never }, { attempts: 1 });
    const { recipientEmail: _theirs, ...m } = reminder;
    return (await delivery.send([m])).find((o) => o.channel === 'email');
  };

  it('is SES from MAIL_FROM in the cloud, to the address the person chose', async () => {
    const outcome = await chosenEmail({ MAIL_FROM: 'crm@example.cn', AWS_REGION: 'ap-southeast-1', SES_ENDPOINT: endpoint });
    expect(outcome).toMatchObject({ ok: true });
    expect(received.map((r) => [r.body.FromEmailAddress, r.body.Destination?.ToAddresses])).toEqual([['crm@example.cn', ['li.na@example.cn']]]);
  });

  it('keeps to MAIL_MAX_PER_SECOND across everyone’s senders, since SES caps the account’s rate', async () => {
    const email = emailTransport({ MAIL_FROM: 'crm@example.cn', AWS_REGION: 'ap-southeast-1', SES_ENDPOINT: endpoint, MAIL_MAX_PER_SECOND: '10' })!;
    const people = ['a@example.cn', 'b@example.cn', 'c@example.cn', 'd@example.cn'];
    const started = Date.now();
    const outcomes = await Promise.all(people.map((to) => sendEverywhere([email(to)], [{ ...reminder, recipientEmail: to }])));
    expect(outcomes.flat().every((o) => o.ok)).toBe(true);
    expect(received.map((r) => r.body.Destination?.ToAddresses?.[0]).sort()).toEqual(people);
    // 10 a second: the fourth leaves 300 ms after the first at the earliest (unpaced, all four take a few ms).
    // Measured from the start, since a busy machine can only delay arrivals, never bring them forward.
    expect(Math.max(...received.map((r) => r.at)) - started).toBeGreaterThanOrEqual(295);
  });

  it('is the outbox folder in the twin, even where MAIL_FROM is also set, so the twin never mails anyone', async () => {
    const outbox = await mkdtemp(join(tmpdir(), 'crm-outbox-'));
    expect(emailTransport({ REVISIT_EMAIL_OUTBOX: outbox })!('x@y.cn')).toBeInstanceOf(OutboxEmailSender);
    const outcome = await chosenEmail({ REVISIT_EMAIL_OUTBOX: outbox, MAIL_FROM: 'crm@example.cn', SES_ENDPOINT: endpoint });
    expect(outcome).toMatchObject({ ok: true });
    expect(received).toHaveLength(0);
    const files = await readdir(outbox);
    expect(files).toHaveLength(1);
    expect(await readFile(join(outbox, files[0]!), 'utf8')).toContain('To: li.na@example.cn');
  });

  it('is none where neither is set: a chosen email is a recorded failure', async () => {
    expect(emailTransport({})).toBeUndefined();
    const outcome = await chosenEmail({});
    expect(outcome).toMatchObject({ ok: false, error: expect.stringContaining('no mail transport') });
    expect(received).toHaveLength(0);
  });
});
