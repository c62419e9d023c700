import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/core/principal';
import { NotificationSettingsRepository } from '../../functions/core/repositories/notification-settings.repository';
import { StaffRepository } from '../../functions/core/repositories/staff.repository';
import { startApi } from '../support/api-harness';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();
const stored = new NotificationSettingsRepository(client, tableName);

const wecomUrl = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
const dingUrl = 'https://oapi.dingtalk.com/robot/send?access_token=5f2c8e1b9d7a4e3c6b0a9f8e7d6c5b4a3f2e1d0c';
const dingSecret = 'SEC8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c';

const put = (body: unknown, version: number, as: Principal = callers.eastStaff) =>
  api.call('PUT', '/me/notification-settings', { as, body, headers: { 'if-match': `"${version}"` } });

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('my notification settings', () => {
  it('start with the inbox only', async () => {
    const res = await api.call('GET', '/me/notification-settings', { as: callers.eastStaff2 });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"0"');
    expect(res.body).toEqual({
      inbox: { enabled: true },
      email: { enabled: false },
      wecom: { enabled: false },
      dingtalk: { enabled: false },
      kinds: {},
      personal: { wecom: false, dingtalk: false },
      version: 0,
    });
  });

  it('keep robot URLs and the DingTalk secret as given, and only ever show them masked', async () => {
    const saved = await put(
      {
        email: { enabled: true, address: 'zhou.ting@example.cn' },
        wecom: { enabled: true, webhookUrl: wecomUrl },
        dingtalk: { enabled: true, webhookUrl: dingUrl, secret: dingSecret },
      },
      0,
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const read = await api.call('GET', '/me/notification-settings', { as: callers.eastStaff });
    for (const res of [saved, read]) {
      expect(res.body).toEqual({
        inbox: { enabled: true },
        email: { enabled: true, address: 'zhou.ting@example.cn' },
        wecom: { enabled: true, webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****5aaa' },
        dingtalk: { enabled: true, webhookUrl: 'https://oapi.dingtalk.com/robot/send?access_token=****1d0c', secret: 'SEC****9b0c' },
        kinds: {},
        personal: { wecom: false, dingtalk: false },
        version: 1,
        updatedAt: expect.any(String),
      });
      const raw = res.raw.toString('utf8');
      for (const secret of ['693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa', '5f2c8e1b9d7a4e3c6b0a9f8e7d6c5b4a3f2e1d0c', dingSecret]) expect(raw).not.toContain(secret);
    }
    expect((await stored.get('east.staff')).settings).toEqual({
      email: { enabled: true, address: 'zhou.ting@example.cn' },
      wecom: { enabled: true, webhookUrl: wecomUrl },
      dingtalk: { enabled: true, webhookUrl: dingUrl, secret: dingSecret },
    });
  });

  it('keep a secret the browser leaves out, drop one it sets to null, and turn a channel off without losing its URL', async () => {
    const res = await put({ email: { enabled: false }, wecom: { enabled: false }, dingtalk: { enabled: true } }, 1);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await stored.get('east.staff')).settings).toEqual({
      email: { enabled: false, address: 'zhou.ting@example.cn' },
      wecom: { enabled: false, webhookUrl: wecomUrl },
      dingtalk: { enabled: true, webhookUrl: dingUrl, secret: dingSecret },
    });
    const cleared = await put({ email: { enabled: false, address: '' }, wecom: { enabled: false, webhookUrl: null }, dingtalk: { enabled: true, secret: null } }, 2);
    expect(cleared.status).toBe(200);
    expect(cleared.body.dingtalk).toEqual({ enabled: true, webhookUrl: 'https://oapi.dingtalk.com/robot/send?access_token=****1d0c' });
    expect((await stored.get('east.staff')).settings).toEqual({ email: { enabled: false }, wecom: { enabled: false }, dingtalk: { enabled: true, webhookUrl: dingUrl } });
  });

  it('refuse a channel turned on without its address, and a robot URL that is not the robot’s own', async () => {
    const res = await put(
      {
        email: { enabled: true },
        wecom: { enabled: true, webhookUrl: 'http://169.254.169.254/latest/meta-data?key=1' },
        dingtalk: { enabled: true, webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc' },
      },
      3,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({
      'email.address': '启用邮件提醒须填写邮箱。',
      'wecom.webhookUrl': '只接受以下机器人地址：qyapi.weixin.qq.com, oapi.dingtalk.com。',
      'dingtalk.webhookUrl': '只接受以下机器人地址：qyapi.weixin.qq.com, oapi.dingtalk.com。',
    });
    const malformed = await put({ email: { enabled: false, address: 'not-an-email' }, wecom: { enabled: false, webhookUrl: 'qyapi' }, dingtalk: { enabled: false } }, 3);
    expect(malformed.status).toBe(400);
    expect(Object.keys(malformed.body.error.fields).sort()).toEqual(['email.address', 'wecom.webhookUrl']);
    expect((await api.call('GET', '/me/notification-settings', { as: callers.eastStaff })).body.version).toBe(3);
  });

  it('are each person’s own: a stale version is refused, nobody names whose settings to change, another person sees their own', async () => {
    expect((await put({ email: { enabled: false }, wecom: { enabled: false }, dingtalk: { enabled: false } }, 1)).status).toBe(412);
    const sneaky = await put({ userId: 'east.head', email: { enabled: false }, wecom: { enabled: false }, dingtalk: { enabled: false } }, 3);
    expect(sneaky.status).toBe(400);
    expect(sneaky.body.error.fields).toHaveProperty('userId');
    expect((await api.call('GET', '/me/notification-settings', { as: callers.eastHead })).body.version).toBe(0);
    expect((await api.call('PUT', '/me/notification-settings', { as: callers.eastStaff, body: { email: { enabled: false }, wecom: { enabled: false }, dingtalk: { enabled: false } } })).status).toBe(428);
  });

  it('send a test message on each chosen channel and say what each did', async () => {
    const version = (await stored.get('east.head')).version;
    expect((await put({ email: { enabled: true, address: 'sun.qiang@example.cn' }, wecom: { enabled: false }, dingtalk: { enabled: false } }, version, callers.eastHead)).status).toBe(200);
    const res = await api.call('POST', '/me/notification-settings/test', { as: callers.eastHead });
    expect(res.status).toBe(200);
    // The test API server has no mail transport: the email channel says so instead of pretending.
    expect(res.body.outcomes).toEqual([
      { channel: 'inbox', recipientId: 'east.head', ok: true, attempts: 1 },
      { channel: 'email', recipientId: 'east.head', ok: false, attempts: 1, error: expect.stringContaining('no mail transport') },
    ]);
    const inbox = await api.call('GET', '/inbox', { as: callers.eastHead });
    expect(inbox.body.items.some((n: { kind: string }) => n.kind === 'notification-test')).toBe(true);
  });

  it('keep a choice per kind of notice — channels and the daily digest — and refuse an unknown kind', async () => {
    const version = (await stored.get('sales.zhang')).version;
    const kinds = { 'service-request': { channels: ['email'], digest: true }, 'tier-change': { channels: [], digest: false } };
    const res = await put({ email: { enabled: true, address: 'zhang.wei@example.cn' }, wecom: { enabled: false }, dingtalk: { enabled: false }, kinds }, version, callers.sales);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.kinds).toEqual(kinds);
    // Left out, the choice is kept.
    const again = await put({ email: { enabled: true }, wecom: { enabled: false }, dingtalk: { enabled: false } }, version + 1, callers.sales);
    expect(again.body.kinds).toEqual(kinds);
    const unknown = await put({ email: { enabled: true }, wecom: { enabled: false }, dingtalk: { enabled: false }, kinds: { gossip: { channels: [], digest: false } } }, version + 2, callers.sales);
    expect(unknown.status).toBe(400);
    const badChannel = await put({ email: { enabled: true }, wecom: { enabled: false }, dingtalk: { enabled: false }, kinds: { 'tier-change': { channels: ['sms'], digest: false } } }, version + 2, callers.sales);
    expect(badChannel.status).toBe(400);
  });

  it('need no robot URL where the company’s app reaches the person by their own id', async () => {
    process.env.NOTICE_APPS = JSON.stringify({ wecom: { corpId: 'c', corpSecret: 's', agentId: 1 } });
    try {
      const staff = new StaffRepository(client, tableName);
      await staff.put({ ...(await staff.get('east.staff2'))!, wecomUserId: 'WuHao' });
      const view = await api.call('GET', '/me/notification-settings', { as: callers.eastStaff2 });
      expect(view.body.personal).toEqual({ wecom: true, dingtalk: false });
      const ok = await put({ email: { enabled: false }, wecom: { enabled: true }, dingtalk: { enabled: false } }, view.body.version, callers.eastStaff2);
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      // Someone the app does not know still needs their group robot's URL.
      const other = await put({ email: { enabled: false }, wecom: { enabled: true }, dingtalk: { enabled: false } }, (await stored.get('north.staff')).version, callers.northStaff);
      expect(other.status).toBe(400);
      expect(other.body.error.fields).toHaveProperty(['wecom.webhookUrl']);
    } finally {
      delete process.env.NOTICE_APPS;
    }
  });
});
