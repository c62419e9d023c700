import { createHmac } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer, Tier } from '../../shared/schemas/customer.schema';
import type { NotificationSettingsUpdate } from '../../shared/schemas/notification-settings.schema';
import { PersonalDelivery } from '../../functions/core/channels/personal-channels';
import type { Principal } from '../../functions/core/principal';
import { CustomerRepository } from '../../functions/core/repositories/customer.repository';
import { InboxRepository } from '../../functions/core/repositories/inbox.repository';
import { NotificationSettingsRepository } from '../../functions/core/repositories/notification-settings.repository';
import { notificationSettingsDeps } from '../../functions/notification-settings/deps';
import { updateMyNotificationSettings } from '../../functions/notification-settings/use-cases/my-notification-settings';
import { channelTransports, revisitDeps, type RevisitDeps } from '../../functions/revisits/deps';
import { remindRevisits } from '../../functions/revisits/use-cases/remind-revisits';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();
const customers = new CustomerRepository(client, tableName);

let seq = 0;
/** A customer in the archive since the start of 2026, at a tier it has always held (no tier history). */
async function seedCustomer(tier: Tier, unitId: 'east' | 'north', ownerId: string): Promise<Customer> {
  const at = '2026-01-01T00:00:00.000Z';
  const c: Customer = {
    id: `rv-${tier}-${unitId}-${++seq}-${Date.now()}`,
    name: `回访测试${tier}${seq}有限公司`,
    creditCode: newCreditCode(),
    kind: 'main-business',
    tier,
    annualAmountFen: 0,
    creditRating: 'AA',
    unitId,
    ownerId,
    contacts: [],
    notes: '',
    createdAt: at,
    updatedAt: at,
    createdBy: 'seed',
    updatedBy: 'seed',
    version: 1,
  };
  await customers.create(c);
  return c;
}

async function inbox(user: string) {
  const out = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': `INBOX#${user}` } }));
  return (out.Items ?? []) as { kind: string; link?: string; id: string }[];
}

const revisitBody = (over: Record<string, unknown> = {}) => ({
  visitedAt: new Date(Date.now() - 3_600_000).toISOString(),
  channel: 'on-site',
  visitors: [{ name: '孙强', rank: 'manager', staffId: 'east.head' }],
  opinions: '希望缩短交货周期',
  serviceFollowUps: [{ item: '上季度设备异响', progress: '已更换轴承', result: '已解决', rating: 5 }],
  promoted: '新款节能型号及年度返利政策',
  plansAndNeeds: '明年扩产，需要技术培训支持',
  satisfaction: 4,
  issues: [{ text: '发票寄送慢' }, { text: '希望增加驻场工程师' }],
  ...over,
});

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('revisit records', () => {
  it('records the four contents, keeps each issue as a follow-up item with an id, and lists newest first', async () => {
    const c = await seedCustomer('key', 'east', 'east.staff');
    const first = await api.call('POST', `/customers/${c.id}/revisits`, { as: callers.eastStaff, body: revisitBody({ visitedAt: '2026-10-10T02:00:00+08:00' }) });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({
      customerId: c.id, unitId: 'east', tierAtVisit: 'key', channel: 'on-site', visitedAt: '2026-10-09T18:00:00.000Z',
      opinions: '希望缩短交货周期', promoted: '新款节能型号及年度返利政策', plansAndNeeds: '明年扩产，需要技术培训支持', satisfaction: 4,
      serviceFollowUps: [{ item: '上季度设备异响', progress: '已更换轴承', result: '已解决', rating: 5 }],
      recordedBy: { id: 'east.staff' },
    });
    expect(first.body.issues).toEqual([
      { id: `${first.body.id}-1`, text: '发票寄送慢', status: 'open' },
      { id: `${first.body.id}-2`, text: '希望增加驻场工程师', status: 'open' },
    ]);
    const second = await api.call('POST', `/customers/${c.id}/revisits`, { as: callers.sales, body: revisitBody({ channel: 'phone', issues: [] }) });
    expect(second.status).toBe(201);

    const list = await api.call('GET', `/customers/${c.id}/revisits`, { as: callers.finance });
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([second.body.id, first.body.id]);
    const october = await api.call('GET', `/customers/${c.id}/revisits?from=2026-10-01&to=2026-10-31`, { as: callers.eastHead });
    expect(october.body.items.map((r: { id: string }) => r.id)).toEqual([first.body.id]);
  });

  it('refuses a revisit dated in the future, and one without visitors or satisfaction', async () => {
    const c = await seedCustomer('general', 'east', 'east.staff');
    const future = await api.call('POST', `/customers/${c.id}/revisits`, { as: callers.eastStaff, body: revisitBody({ visitedAt: new Date(Date.now() + 86_400_000).toISOString() }) });
    expect(future.status).toBe(400);
    expect(future.body.error.fields).toHaveProperty('visitedAt');
    const empty = await api.call('POST', `/customers/${c.id}/revisits`, { as: callers.eastStaff, body: { visitedAt: new Date().toISOString(), channel: 'fax', visitors: [] } });
    expect(empty.status).toBe(400);
    expect(Object.keys(empty.body.error.fields)).toEqual(expect.arrayContaining(['channel', 'visitors', 'satisfaction']));
  });

  it('keeps another unit’s customer out of sight: 404 to record or list', async () => {
    const c = await seedCustomer('vip', 'east', 'east.staff');
    expect((await api.call('POST', `/customers/${c.id}/revisits`, { as: callers.northStaff, body: revisitBody() })).status).toBe(404);
    expect((await api.call('GET', `/customers/${c.id}/revisits`, { as: callers.northStaff })).status).toBe(404);
    expect((await api.call('GET', `/customers/no-such-customer/revisits`, { as: callers.admin })).status).toBe(404);
  });
});

describe('revisit coverage', () => {
  it('moves when a VIP is visited on site by a manager, measured against 100%', async () => {
    const vip = await seedCustomer('vip', 'east', 'east.staff');
    const coverage = () => api.call('GET', '/revisits/coverage?period=quarter', { as: callers.salesHead });
    const before = await coverage();
    expect(before.status).toBe(200);
    const row = (body: { rows: { unitId: string; ruleId: string; obligations: number; met: number; share: number; target?: number }[] }) =>
      body.rows.find((r) => r.unitId === 'east' && r.ruleId === 'vip-quarterly-manager')!;
    const b = row(before.body);
    expect(b.target).toBe(1);
    expect(b.obligations).toBeGreaterThanOrEqual(1);

    // by phone, or by a salesperson, it does not count
    await api.call('POST', `/customers/${vip.id}/revisits`, { as: callers.eastStaff, body: revisitBody({ channel: 'phone' }) });
    await api.call('POST', `/customers/${vip.id}/revisits`, { as: callers.eastStaff, body: revisitBody({ visitors: [{ name: '周婷', rank: 'salesperson' }] }) });
    expect(row((await coverage()).body).met).toBe(b.met);

    const recorded = await api.call('POST', `/customers/${vip.id}/revisits`, { as: callers.eastStaff, body: revisitBody() });
    expect(recorded.status).toBe(201);
    const after = await coverage();
    const a = row(after.body);
    expect(a).toMatchObject({ obligations: b.obligations, met: b.met + 1 });
    expect(a.share).toBeCloseTo((b.met + 1) / b.obligations);
    expect(after.body.byTier.find((t: { tier: string }) => t.tier === 'vip')).toMatchObject({ target: 1 });
  });

  it('shows a unit head only the unit’s rows, and lists last quarter’s unmet obligations as overdue', async () => {
    const north = await seedCustomer('key', 'north', 'north.staff');
    const res = await api.call('GET', '/revisits/coverage?period=quarter', { as: callers.eastHead });
    expect(res.status).toBe(200);
    expect(res.body.rows.every((r: { unitId: string }) => r.unitId === 'east')).toBe(true);
    const all = await api.call('GET', '/revisits/coverage?period=quarter', { as: callers.admin });
    expect(all.body.overdue).toContainEqual(
      expect.objectContaining({ customerId: north.id, tier: 'key', ruleId: 'key-quarterly-manager', periodId: all.body.previousPeriod.id, status: 'overdue' }),
    );
    expect((await api.call('GET', '/revisits/coverage?period=year', { as: callers.admin })).status).toBe(400);
  });
});

/** A local stand-in for the WeCom and DingTalk robots: records each delivery, checks DingTalk's signature. */
const dingSecret = 'SEC-test-secret';
let receiver: Server;
let robotUrl = '';
const received: { path: string; query: URLSearchParams; body: { msgtype: string; text: { content: string } }; signatureOk?: boolean }[] = [];
beforeAll(async () => {
  receiver = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://localhost');
      const entry: (typeof received)[number] = { path: url.pathname, query: url.searchParams, body: JSON.parse(raw) };
      if (url.pathname === '/dingtalk') {
        const ts = url.searchParams.get('timestamp')!;
        const expected = createHmac('sha256', dingSecret).update(`${ts}\n${dingSecret}`).digest('base64');
        entry.signatureOk = url.searchParams.get('sign') === expected && Math.abs(Date.now() - Number(ts)) < 3_600_000;
        received.push(entry);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(entry.signatureOk ? { errcode: 0, errmsg: 'ok' } : { errcode: 310000, errmsg: 'sign not match' }));
        return;
      }
      received.push(entry);
      if (url.pathname === '/down') return void res.writeHead(503).end('down');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  robotUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => receiver.close(() => r())));

describe('the daily revisit reminders', () => {
  let outbox: string;
  let key: Customer;
  let keySales: Customer;
  let met: Customer;
  let clock = new Date();
  let deps: RevisitDeps;

  /** Sets a person's channels through the same use case as PUT /me/notification-settings, the local robot stand-in allowed. */
  async function choose(who: Principal, update: NotificationSettingsUpdate) {
    const settingsDeps = { ...notificationSettingsDeps(client, tableName), extraRobotOrigins: [new URL(robotUrl).origin] };
    const current = await settingsDeps.settings.get(who.id);
    return updateMyNotificationSettings(settingsDeps, update, current.version, who);
  }

  beforeAll(async () => {
    outbox = await mkdtemp(join(tmpdir(), 'crm-outbox-'));
    key = await seedCustomer('key', 'east', 'east.staff2');
    keySales = await seedCustomer('key', 'east', 'sales.zhang');
    met = await seedCustomer('key', 'east', 'east.staff2');
    const base = revisitDeps(client, tableName);
    const transports = { ...channelTransports(new InboxRepository(client, tableName), { REVISIT_EMAIL_OUTBOX: outbox }) };
    deps = { ...base, now: () => clock, delivery: () => new PersonalDelivery(new NotificationSettingsRepository(client, tableName), transports, { pauseMs: 20 }) };
    // east.staff2 chose email, a DingTalk robot in signed mode, and a WeCom robot that is down;
    // their head chose a working WeCom robot; sales.zhang chose nothing (the inbox only).
    await choose(callers.eastStaff2, {
      email: { enabled: true, address: 'wu.hao@example.cn' },
      wecom: { enabled: true, webhookUrl: `${robotUrl}/down?key=broken` },
      dingtalk: { enabled: true, webhookUrl: `${robotUrl}/dingtalk?access_token=xyz`, secret: dingSecret },
    });
    await choose(callers.eastHead, { email: { enabled: false }, wecom: { enabled: true, webhookUrl: `${robotUrl}/wecom?key=abc` }, dingtalk: { enabled: false } });
    // `met` had its manager on site in Q4 2026 (recorded through the API, back-dated).
    clock = new Date('2026-12-20T01:00:00Z');
    const r = await api.call('POST', `/customers/${met.id}/revisits`, { as: callers.eastHead, body: revisitBody({ visitedAt: '2026-11-20T10:00:00+08:00' }) });
    expect(r.status).toBe(201);
  });

  const source = (list: Customer[]) => async (visit: (cs: Customer[]) => Promise<void>) => visit(list);

  it('reminds the owner of an obligation due soon once a day, however often it runs', async () => {
    clock = new Date('2026-12-20T01:00:00Z'); // 09:00 in Shanghai, 11 days before Q4 ends
    const first = await remindRevisits(deps, source([key, met]));
    expect(first).toMatchObject({ customers: 2, reminded: 1, escalated: 0, alreadyToday: 0 });
    const mine = (await inbox('east.staff2')).filter((n) => n.link === `/customers/${key.id}/revisits`);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.kind).toBe('revisit-reminder');
    expect((await inbox('east.staff2')).some((n) => n.link === `/customers/${met.id}/revisits`)).toBe(false);

    clock = new Date('2026-12-20T09:30:00Z'); // later the same Shanghai day
    const again = await remindRevisits(deps, source([key, met]));
    expect(again).toMatchObject({ reminded: 0, alreadyToday: 1 });
    expect((await inbox('east.staff2')).filter((n) => n.link === `/customers/${key.id}/revisits`)).toHaveLength(1);

    clock = new Date('2026-12-20T16:00:00Z'); // 00:00 on the 21st in Shanghai: a new day, a new reminder
    expect(await remindRevisits(deps, source([key, met]))).toMatchObject({ reminded: 1, alreadyToday: 0 });
    expect((await inbox('east.staff2')).filter((n) => n.link === `/customers/${key.id}/revisits`)).toHaveLength(2);
  });

  it('reaches the owner on the channels they chose, checks the DingTalk signature, and records the failing one without blocking the others', async () => {
    const mails = await readdir(outbox);
    expect(mails).toHaveLength(2); // two reminders to east.staff2, nobody else chose email
    const mail = await readFile(join(outbox, mails[0]!), 'utf8');
    expect(mail).toContain('To: wu.hao@example.cn');
    expect(mail).toContain('Content-Type: text/plain; charset=UTF-8');
    const ding = received.filter((r) => r.path === '/dingtalk');
    expect(ding).toHaveLength(2);
    expect(ding.every((d) => d.signatureOk && d.query.get('access_token') === 'xyz')).toBe(true);
    expect(ding[0]!.body.text.content).toContain(key.name);
    expect(received.filter((r) => r.path === '/down')).toHaveLength(2 * 3); // two reminders, three attempts each
    const claims = await deps.revisits.remindersOn('2026-12-20');
    const claim = claims.find((c) => c.customerId === key.id)!;
    expect(claim).toMatchObject({ obligationKey: 'key-quarterly-manager#2026-Q4', status: 'due-soon', failed: 1 });
    const deliveries = claim.deliveries as { channel: string; ok: boolean }[];
    expect(deliveries.map((d) => d.channel).sort()).toEqual(['dingtalk', 'email', 'inbox', 'wecom']);
    expect(deliveries).toContainEqual(expect.objectContaining({ channel: 'wecom', recipientId: 'east.staff2', ok: false, attempts: 3, error: expect.stringContaining('HTTP 503') }));
    expect(deliveries).toContainEqual({ channel: 'inbox', recipientId: 'east.staff2', ok: true, attempts: 1 });
    expect(deliveries).toContainEqual({ channel: 'dingtalk', recipientId: 'east.staff2', ok: true, attempts: 1 });
  });

  it('escalates an overdue obligation to the owner’s head on the head’s own channels: the unit head for unit staff, the Sales head for Sales', async () => {
    clock = new Date('2027-01-04T01:00:00Z'); // Q4 2026 is over, unmet for `key` and `keySales`, met for `met`
    const wecomBefore = received.filter((r) => r.path === '/wecom').length;
    const summary = await remindRevisits(deps, source([key, keySales, met]));
    expect(summary).toMatchObject({ reminded: 2, escalated: 2 });
    const headItems = (await inbox('east.head')).filter((n) => n.link === `/customers/${key.id}/revisits`);
    expect(headItems.map((n) => n.kind)).toEqual(['revisit-escalation']);
    expect((await inbox('sales.head')).filter((n) => n.link === `/customers/${keySales.id}/revisits`).map((n) => n.kind)).toEqual(['revisit-escalation']);
    expect((await inbox('east.head')).some((n) => n.link === `/customers/${met.id}/revisits`)).toBe(false);
    // east.head chose WeCom: the escalation went there too, naming the customer; sales.zhang and sales.head chose nothing
    const wecom = received.filter((r) => r.path === '/wecom').slice(wecomBefore);
    expect(wecom).toHaveLength(1);
    expect(wecom[0]!.query.get('key')).toBe('abc');
    expect(wecom[0]!.body.text.content).toContain(key.name);
    const claims = await deps.revisits.remindersOn('2027-01-04');
    const salesClaim = claims.find((c) => c.customerId === keySales.id)!;
    expect((salesClaim.deliveries as { channel: string; recipientId: string }[]).map((d) => `${d.recipientId}:${d.channel}`).sort()).toEqual([
      'sales.head:inbox',
      'sales.zhang:inbox',
    ]);
    // once a day
    expect(await remindRevisits(deps, source([key, keySales, met]))).toMatchObject({ reminded: 0, escalated: 0, alreadyToday: 2 });
    // and no longer once the escalation window has passed
    clock = new Date('2027-02-20T01:00:00Z');
    const late = await remindRevisits(deps, source([key]));
    expect(late.escalated).toBe(0);
  });

  it('follows a person’s change of channels from the next run on', async () => {
    await choose(callers.eastStaff2, { email: { enabled: false }, wecom: { enabled: false }, dingtalk: { enabled: false } });
    clock = new Date('2027-03-20T01:00:00Z'); // Q1 2027 due soon for `key`
    const dingBefore = received.filter((r) => r.path === '/dingtalk').length;
    expect(await remindRevisits(deps, source([key]))).toMatchObject({ reminded: 1 });
    const claim = (await deps.revisits.remindersOn('2027-03-20')).find((c) => c.customerId === key.id)!;
    expect((claim.deliveries as { channel: string }[]).map((d) => d.channel)).toEqual(['inbox']);
    expect(received.filter((r) => r.path === '/dingtalk').length).toBe(dingBefore);
  });
});
