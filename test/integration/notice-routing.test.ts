import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NotificationSettings } from '../../shared/schemas/notification-settings.schema';
import { noticeDelivery } from '../../functions/core/channels/notice-delivery';
import { InboxRepository } from '../../functions/core/repositories/inbox.repository';
import { NoticeDigestRepository } from '../../functions/core/repositories/notice-digest.repository';
import { NoticeOutboxRepository } from '../../functions/core/repositories/notice-outbox.repository';
import { NotificationSettingsRepository } from '../../functions/core/repositories/notification-settings.repository';
import { StaffRepository } from '../../functions/core/repositories/staff.repository';
import { dispatchNotices } from '../../functions/jobs/notices/dispatch-notices';
import { sendDigests } from '../../functions/jobs/notices/send-digests';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

/**
 * Stand-ins for the vendors' HTTP APIs, as the SES stand-in test does for email: the WeCom app
 * (gettoken, message/send), the DingTalk app (gettoken, asyncsend_v2) and a unit's WeCom group robot.
 * `failing` makes a path answer 503 until it is cleared.
 */
interface Received {
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}
const received: Received[] = [];
const failing = new Set<string>();
let standIn: Server;
let base = '';

async function bodyOf(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

const { client, tableName } = testTable();
const inbox = new InboxRepository(client, tableName);
const settings = new NotificationSettingsRepository(client, tableName);
const outbox = new NoticeOutboxRepository(client, tableName);
const digests = new NoticeDigestRepository(client, tableName);
let api: Awaited<ReturnType<typeof startApi>>;
let mailDir = '';
let clock = new Date('2026-12-07T01:00:00.000Z');

const env = () => ({
  REVISIT_EMAIL_OUTBOX: mailDir,
  NOTICE_APPS: JSON.stringify({
    wecom: { corpId: 'corp1', corpSecret: 'wsecret', agentId: 1000002, apiBase: `${base}/wecom-app` },
    dingtalk: { appKey: 'dkey', appSecret: 'dsecret', agentId: 2000003, apiBase: `${base}/ding-app` },
    unitRobots: { north: { wecom: `${base}/robot/wecom?key=north` } },
  }),
});
const delivery = () => noticeDelivery(client, tableName, env(), { pauseMs: 5 });
const dispatch = () => dispatchNotices({ outbox, delivery, now: () => clock, newId: ulid });
const digest = () => sendDigests({ digests, delivery, now: () => clock });

async function choose(id: string, s: NotificationSettings) {
  const stored = await settings.get(id);
  await settings.put(id, s, stored.version, clock.toISOString());
}
const on = (address?: string): NotificationSettings => ({
  email: { enabled: !!address, ...(address ? { address } : {}) },
  wecom: { enabled: true },
  dingtalk: { enabled: true },
});

const sentTo = (path: string) => received.filter((r) => r.path === path);
const mails = async () => (await readdir(mailDir)).filter((f) => f.endsWith('.eml'));
let seq = 0;
async function notice(recipientId: string, kind: string, title = `提醒${++seq}`) {
  const id = `n-${ulid()}`;
  await inbox.deliver({ id, recipientId, kind, title: { 'zh-CN': title, en: `Notice ${seq}` }, body: { 'zh-CN': '请处理', en: 'Please act' }, link: '/inbox', createdAt: clock.toISOString() });
  return id;
}
async function inboxItem(recipientId: string, id: string) {
  const key = await inbox.findKey(recipientId, id);
  expect(key, `inbox item ${id}`).toBeDefined();
  return (await client.send(new GetCommand({ TableName: tableName, Key: { PK: key!.PK, SK: key!.SK } }))).Item!;
}

beforeAll(async () => {
  standIn = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const body = await bodyOf(req);
    received.push({ path: url.pathname, query: url.searchParams, body });
    res.setHeader('content-type', 'application/json');
    if (failing.has(url.pathname)) {
      res.statusCode = 503;
      res.end('{"errcode":-1,"errmsg":"busy"}');
      return;
    }
    if (url.pathname.endsWith('/gettoken')) {
      res.end(JSON.stringify({ errcode: 0, access_token: `token-${url.pathname.split('/')[1]}`, expires_in: 7200 }));
      return;
    }
    res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
  });
  await new Promise<void>((done) => standIn.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}`;
  mailDir = await mkdtemp(join(tmpdir(), 'crm-notice-mail-'));
  await seedStaff();
  // The people's own ids in the company's apps (user administration will keep these; seeded here).
  const staff = new StaffRepository(client, tableName);
  const finance = await staff.get('finance.zhao');
  await staff.put({ ...finance!, wecomUserId: 'ZhaoMin', dingtalkUserId: 'ding-zhao' });
  api = await startApi();
});
afterAll(async () => {
  await new Promise((done) => standIn?.close(done));
  await api?.close();
});
beforeEach(async () => {
  received.length = 0;
  failing.clear();
  await dispatch(); // nothing left over from an earlier case
  received.length = 0;
});

describe('every notice goes through the notice service', () => {
  it('a request transferred to Finance reaches the person on the company’s WeCom and DingTalk apps and by email, the inbox first', async () => {
    await choose('finance.zhao', on('zhao@example.cn'));
    const created = await api.call('POST', '/customers', {
      as: callers.eastStaff,
      body: { name: '金华义乌小商品有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AA' },
    });
    const r = await api.call('POST', '/service-requests', {
      as: callers.eastStaff,
      body: { customerId: created.body.id, kind: 'return-refund', channel: 'phone', contact: { name: '王建国' }, statement: '要求退货退款。' },
    });
    const moved = await api.call('POST', `/service-requests/${r.body.id}/actions`, {
      as: callers.eastStaff,
      body: { action: 'transfer', reason: '涉及退款', handlingPlan: '财务核对后退款', expectedDate: '2099-12-31', to: { department: 'finance' } },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    // The inbox has it at once, written with the transfer; nothing has gone outside yet.
    const listed = await inbox.list('finance.zhao', { limit: 20 });
    const n = listed.items.find((i) => i.link === `/service-requests/${r.body.id}`)!;
    expect(n).toBeDefined();
    expect(sentTo('/wecom-app/cgi-bin/message/send')).toHaveLength(0);

    const summary = await dispatch();
    expect(summary.failedDeliveries).toBe(0);
    const [wecom] = sentTo('/wecom-app/cgi-bin/message/send');
    expect(wecom!.query.get('access_token')).toBe('token-wecom-app');
    expect(wecom!.body).toMatchObject({ touser: 'ZhaoMin', msgtype: 'text', agentid: 1000002 });
    expect(String((wecom!.body.text as { content: string }).content)).toContain('金华义乌小商品有限公司');
    expect(sentTo('/wecom-app/cgi-bin/gettoken')[0]!.query.get('corpsecret')).toBe('wsecret');
    const [ding] = sentTo('/ding-app/topapi/message/corpconversation/asyncsend_v2');
    expect(ding!.body).toMatchObject({ agent_id: 2000003, userid_list: 'ding-zhao', msg: { msgtype: 'text' } });
    const mail = (await mails()).find((f) => f.includes(n.id.replace(/[^\w.-]/g, '_')));
    expect(mail).toBeDefined();
    expect(await readFile(join(mailDir, mail!), 'utf8')).toContain('To: zhao@example.cn');

    // Recorded on the inbox item; a second run sends nothing again.
    const item = await inboxItem('finance.zhao', n.id);
    expect((item.dispatch.deliveries as { channel: string; ok: boolean }[]).map((d) => `${d.channel}:${d.ok}`).sort()).toEqual(['dingtalk:true', 'email:true', 'wecom:true']);
    expect(item.GSI3PK).toBeUndefined();
    received.length = 0;
    await dispatch();
    expect(received).toHaveLength(0);
  });

  it('without an app id, a person is reached through their unit’s group robot', async () => {
    await choose('north.staff', { ...on(), dingtalk: { enabled: false } });
    await notice('north.staff', 'customers-reassigned');
    await dispatch();
    const [robot] = sentTo('/robot/wecom');
    expect(robot!.query.get('key')).toBe('north');
    expect(String((robot!.body.text as { content: string }).content)).toContain('@冯雪');
    expect(sentTo('/wecom-app/cgi-bin/message/send')).toHaveLength(0);
  });
});

describe('each person’s choice per kind', () => {
  it('sends a kind only on the channels chosen for it', async () => {
    await choose('finance.zhao', { ...on('zhao@example.cn'), kinds: { 'tier-change': { channels: ['email'], digest: false }, 'approval-decided': { channels: [], digest: false } } });
    const before = (await mails()).length;
    const tier = await notice('finance.zhao', 'tier-changed');
    const decided = await notice('finance.zhao', 'policy-decision');
    await dispatch();
    expect(sentTo('/wecom-app/cgi-bin/message/send')).toHaveLength(0);
    expect(sentTo('/ding-app/topapi/message/corpconversation/asyncsend_v2')).toHaveLength(0);
    expect((await mails()).length).toBe(before + 1);
    expect((await inboxItem('finance.zhao', tier)).dispatch.deliveries).toEqual([expect.objectContaining({ channel: 'email', ok: true })]);
    // Inbox only: nothing outside, and still in the inbox.
    expect((await inboxItem('finance.zhao', decided)).dispatch.deliveries).toEqual([]);
  });

  it('holds a digested kind for the daily digest: one message a day listing them, then nothing twice', async () => {
    await choose('finance.zhao', { ...on(), kinds: { 'service-request': { channels: ['wecom'], digest: true } } });
    const a = await notice('finance.zhao', 'service-request', '退款申请：甲公司');
    await notice('finance.zhao', 'service-request', '对账申请：乙公司');
    const single = await notice('finance.zhao', 'archive-stale', '档案待核实');
    await dispatch();
    // Only the kind not digested went out one by one (on every turned-on channel).
    const singles = sentTo('/wecom-app/cgi-bin/message/send');
    expect(singles).toHaveLength(1);
    expect(String((singles[0]!.body.text as { content: string }).content)).toContain('档案待核实');
    expect((await inboxItem('finance.zhao', a)).dispatch.deliveries).toEqual([expect.objectContaining({ channel: 'digest', ok: true })]);
    expect((await inboxItem('finance.zhao', single)).dispatch.deliveries.length).toBe(2);

    received.length = 0;
    const summary = await digest();
    expect(summary).toMatchObject({ recipients: 1, notices: 2, failedDeliveries: 0 });
    const [sent] = sentTo('/wecom-app/cgi-bin/message/send');
    const text = String((sent!.body.text as { content: string }).content);
    expect(text).toContain('退款申请：甲公司');
    expect(text).toContain('对账申请：乙公司');
    expect(sentTo('/ding-app/topapi/message/corpconversation/asyncsend_v2')).toHaveLength(0); // not chosen for that kind

    await notice('finance.zhao', 'service-request', '又一条');
    await dispatch();
    received.length = 0;
    expect(await digest()).toMatchObject({ recipients: 0, alreadyToday: 1 });
    expect(received).toHaveLength(0);
    clock = new Date(clock.getTime() + 86_400_000);
    expect(await digest()).toMatchObject({ recipients: 1, notices: 1 });
  });
});

describe('a failing channel', () => {
  it('is retried and recorded, while the other channels and the inbox still get the notice', async () => {
    await choose('finance.zhao', on('zhao@example.cn'));
    failing.add('/ding-app/topapi/message/corpconversation/asyncsend_v2');
    const id = await notice('finance.zhao', 'visit-approval', '接待方案待审批');
    const summary = await dispatch();
    expect(summary.failedDeliveries).toBe(1);
    expect(sentTo('/ding-app/topapi/message/corpconversation/asyncsend_v2')).toHaveLength(3);
    expect(sentTo('/wecom-app/cgi-bin/message/send')).toHaveLength(1);
    const deliveries = (await inboxItem('finance.zhao', id)).dispatch.deliveries as { channel: string; ok: boolean; attempts: number; error?: string }[];
    expect(deliveries).toContainEqual(expect.objectContaining({ channel: 'dingtalk', ok: false, attempts: 3, error: expect.stringContaining('HTTP 503') }));
    expect(deliveries).toContainEqual(expect.objectContaining({ channel: 'wecom', ok: true }));
    expect(deliveries).toContainEqual(expect.objectContaining({ channel: 'email', ok: true }));
    expect((await inbox.list('finance.zhao', { limit: 50 })).items.map((i) => i.id)).toContain(id);
    // Nothing is left waiting in the outbox.
    const left = await client.send(new QueryCommand({ TableName: tableName, IndexName: 'GSI3', KeyConditionExpression: 'GSI3PK = :p', ExpressionAttributeValues: { ':p': 'NOTICEOUT' } }));
    expect(left.Items).toEqual([]);
  });
});
