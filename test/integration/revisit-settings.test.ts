import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer, Tier } from '../../shared/schemas/customer.schema';
import { periodOf } from '../../shared/revisits/periods';
import { shanghaiDate } from '../../shared/shanghai-time';
import { defaultRevisitSettings, type RevisitSettings } from '../../shared/schemas/revisit-settings.schema';
import { CustomerRepository } from '../../functions/core/repositories/customer.repository';
import { revisitDeps } from '../../functions/revisits/deps';
import { remindRevisits } from '../../functions/revisits/use-cases/remind-revisits';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();
const customers = new CustomerRepository(client, tableName);

let seq = 0;
async function seedCustomer(tier: Tier, ownerId = 'east.staff'): Promise<Customer> {
  const at = '2026-01-01T00:00:00.000Z';
  const c: Customer = {
    id: `rs-${tier}-${++seq}-${Date.now()}`,
    name: `规则测试${tier}${seq}有限公司`,
    creditCode: newCreditCode(),
    kind: 'main-business',
    tier,
    annualAmountFen: 0,
    creditRating: 'AA',
    unitId: 'east',
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

const phoneRevisit = () => ({
  visitedAt: new Date(Date.now() - 3_600_000).toISOString(),
  channel: 'phone',
  visitors: [{ name: '周婷', rank: 'salesperson' }],
  satisfaction: 4,
});

/** The policy's rules with the VIP quarterly revisit opened to a salesperson's phone call. */
function loosened(from: RevisitSettings): RevisitSettings {
  return {
    ...from,
    rules: from.rules.map((r) =>
      r.id === 'vip-quarterly-manager'
        ? { ...r, ranks: ['vp', 'manager', 'salesperson'], channels: ['on-site', 'phone'], label: { 'zh-CN': '每季度回访（含电话）', en: 'A revisit each quarter (phone counts)' } }
        : r,
    ),
  };
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('the revisit rules as a setting', () => {
  it('starts from the policy’s rules, version 0, with no history', async () => {
    const res = await api.call('GET', '/settings/revisits', { as: callers.eastStaff });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"0"');
    expect(res.body).toEqual({ settings: defaultRevisitSettings, version: 0 });
    const history = await api.call('GET', '/settings/revisits/history', { as: callers.salesHead });
    expect(history.body.items).toEqual([]);
  });

  it('refuses rules that do not hold together, naming the field, and changes nothing', async () => {
    const bad = structuredClone(defaultRevisitSettings) as RevisitSettings;
    bad.rules[1]!.id = bad.rules[0]!.id; // two rules with one id
    bad.rules[4]!.waivedBy = 'vip-half-year-leader'; // a general rule waived by a VIP rule
    bad.rules[2]!.channels = [];
    const res = await api.call('PUT', '/settings/revisits', { as: callers.admin, body: bad, headers: { 'if-match': '"0"' } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toMatchObject({
      'rules.1.id': '规则编号重复。',
      'rules.4.waivedBy': '豁免规则须是同一客户等级、周期更长且本身不被豁免的另一条规则。',
      'rules.2.channels': expect.any(String),
    });
    const unknown = await api.call('PUT', '/settings/revisits', { as: callers.admin, body: { ...defaultRevisitSettings, leadDays: 3 }, headers: { 'if-match': '"0"' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toHaveProperty('leadDays');
    expect((await api.call('PUT', '/settings/revisits', { as: callers.admin, body: defaultRevisitSettings })).status).toBe(428);
    expect((await api.call('GET', '/settings/revisits', { as: callers.admin })).body.version).toBe(0);
  });

  it('keeps who changed what, refuses a stale version, and coverage, obligations and reminders follow the new rules', async () => {
    const vip = await seedCustomer('vip');
    const recorded = await api.call('POST', `/customers/${vip.id}/revisits`, { as: callers.eastStaff, body: phoneRevisit() });
    expect(recorded.status).toBe(201);
    const obligation = async () =>
      (await api.call('GET', `/customers/${vip.id}/revisit-obligations`, { as: callers.eastStaff })).body.items.find(
        (o: { ruleId: string; periodId: string }) => o.ruleId === 'vip-quarterly-manager' && o.periodId === periodOf('quarter', new Date()).id,
      );
    const coverageRow = async () =>
      (await api.call('GET', '/revisits/coverage?period=quarter&unitId=east', { as: callers.salesHead })).body.rows.find(
        (r: { ruleId: string }) => r.ruleId === 'vip-quarterly-manager',
      );
    // Under the policy a salesperson's call does not meet the VIP quarterly on-site revisit: it is still owed,
    // and reminded near the quarter's end.
    expect((await obligation()).status).not.toBe('met');
    const metBefore = (await coverageRow()).met as number;
    const deps = revisitDeps(client, tableName);
    const quarter = periodOf('quarter', new Date());
    const quarterly = `vip-quarterly-manager#${quarter.id}`;
    const nearEnd = new Date(Math.max(Date.now(), Date.parse(quarter.end) - 6 * 86_400_000));
    const remindedOn = async (day: Date) =>
      (await deps.revisits.remindersOn(shanghaiDate(day))).filter((c) => c.customerId === vip.id).map((c) => c.obligationKey);
    expect((await remindRevisits({ ...deps, now: () => nearEnd }, async (visit) => visit([vip]))).customers).toBe(1);
    expect(await remindedOn(nearEnd)).toContain(quarterly);

    const next = loosened(defaultRevisitSettings);
    const saved = await api.call('PUT', '/settings/revisits', { as: callers.admin, body: next, headers: { 'if-match': '"0"' } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.headers.get('etag')).toBe('"1"');
    expect(saved.body).toMatchObject({ version: 1, updatedBy: 'admin', settings: next });

    const history = await api.call('GET', '/settings/revisits/history', { as: callers.salesHead });
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({ version: 1, updatedBy: 'admin', settings: next, previous: defaultRevisitSettings });

    // a second administrator working from version 0 is told someone else changed them
    const stale = await api.call('PUT', '/settings/revisits', { as: callers.admin, body: defaultRevisitSettings, headers: { 'if-match': '"0"' } });
    expect(stale.status).toBe(412);
    expect((await api.call('GET', '/settings/revisits/history', { as: callers.admin })).body.items).toHaveLength(1);

    // the same call now meets the rule, everywhere the rules are read
    expect(await obligation()).toMatchObject({ status: 'met', metBy: [recorded.body.id], label: next.rules[0]!.label });
    expect((await coverageRow()).met).toBe(metBefore + 1);

    // The next day, near the quarter's end, the quarterly revisit (met now) is no longer reminded.
    const dayAfter = new Date(nearEnd.getTime() + 86_400_000);
    await remindRevisits({ ...deps, now: () => dayAfter }, async (visit) => visit([vip]));
    expect(await remindedOn(dayAfter)).not.toContain(quarterly);

    // and back: a second change is the second history entry, newest first
    const back = await api.call('PUT', '/settings/revisits', { as: callers.admin, body: defaultRevisitSettings, headers: { 'if-match': '"1"' } });
    expect(back.status).toBe(200);
    const both = (await api.call('GET', '/settings/revisits/history', { as: { id: 'leader', name: '陈总', role: 'leadership' } })).body.items;
    expect(both.map((h: { version: number }) => h.version)).toEqual([2, 1]);
    expect(both[0]).toMatchObject({ previous: next, settings: defaultRevisitSettings });
    expect((await obligation()).status).not.toBe('met');
  });

  it('holds the reminder timing too: checked in the caller’s language, kept in the history, read by the reminders', async () => {
    const current = (await api.call('GET', '/settings/revisits', { as: callers.admin })).body as { settings: RevisitSettings; version: number };
    const etag = `"${current.version}"`;
    const bad = { ...current.settings, reminders: { leadDays: { month: 28, quarter: 14, 'half-year': 30 }, planLeadDays: 3, escalateDays: 0 } };
    const zh = await api.call('PUT', '/settings/revisits', { as: callers.admin, body: bad, headers: { 'if-match': etag } });
    expect(zh.status).toBe(400);
    expect(zh.body.error.fields).toEqual({
      'reminders.leadDays.month': '月度义务的提前提醒天数须为 1–27 的整数。',
      'reminders.escalateDays': '逾期督办天数须为 1–92 的整数。',
    });
    const en = await api.call('PUT', '/settings/revisits', { as: callers.admin, body: bad, headers: { 'if-match': etag, 'accept-language': 'en' } });
    expect(en.body.error.fields['reminders.escalateDays']).toBe('The escalation window is a whole number of days from 1 to 92.');
    const { reminders: _, ...rulesOnly } = current.settings;
    expect((await api.call('PUT', '/settings/revisits', { as: callers.admin, body: rulesOnly, headers: { 'if-match': etag } })).body.error.fields).toHaveProperty('reminders');
    expect((await api.call('GET', '/settings/revisits', { as: callers.admin })).body.version).toBe(current.version);

    const later = { ...current.settings, reminders: { ...current.settings.reminders, leadDays: { ...current.settings.reminders.leadDays, quarter: 3 } } };
    const saved = await api.call('PUT', '/settings/revisits', { as: callers.admin, body: later, headers: { 'if-match': etag } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const [latest] = (await api.call('GET', '/settings/revisits/history', { as: callers.salesHead })).body.items;
    expect(latest).toMatchObject({ version: current.version + 1, updatedBy: 'admin', previous: { reminders: current.settings.reminders }, settings: { reminders: later.reminders } });

    // A VIP not visited this quarter, six days before it ends: not reminded under 3 days' lead; the next day,
    // with the lead back at 14, it is.
    const vip = await seedCustomer('vip');
    const quarter = periodOf('quarter', new Date());
    const quarterly = `vip-quarterly-manager#${quarter.id}`;
    const sixDaysBefore = new Date(Date.parse(quarter.end) - 6 * 86_400_000);
    const deps = revisitDeps(client, tableName);
    const remindedOn = async (at: Date) => {
      await remindRevisits({ ...deps, now: () => at }, async (visit) => visit([vip]));
      return (await deps.revisits.remindersOn(shanghaiDate(at))).filter((c) => c.customerId === vip.id).map((c) => c.obligationKey);
    };
    expect(await remindedOn(sixDaysBefore)).not.toContain(quarterly);
    const back = await api.call('PUT', '/settings/revisits', { as: callers.admin, body: current.settings, headers: { 'if-match': `"${current.version + 1}"` } });
    expect(back.status).toBe(200);
    expect(await remindedOn(new Date(sixDaysBefore.getTime() + 86_400_000))).toContain(quarterly);
  });
});

describe('the revisit calendar', () => {
  it('shows a person’s month: obligations on their last day with their status, revisits on their day', async () => {
    const general = await seedCustomer('general', 'east.staff2');
    const key = await seedCustomer('key', 'east.staff2');
    const visited = await api.call('POST', `/customers/${key.id}/revisits`, {
      as: callers.eastStaff2,
      body: { ...phoneRevisit(), visitedAt: '2026-11-03T10:00:00+08:00', channel: 'on-site', visitors: [{ name: '孙强', rank: 'manager' }] },
    });
    expect(visited.status).toBe(201);

    const res = await api.call('GET', '/revisits/calendar?month=2026-11', { as: callers.eastStaff2 });
    expect(res.status).toBe(200);
    expect(res.body.scope).toEqual({ kind: 'person', ownerId: 'east.staff2' });
    const mine = res.body.entries.filter((e: { customerId: string }) => e.customerId === general.id || e.customerId === key.id);
    // November ends no quarter: only the general customer's monthly revisit falls due, on the 30th; the key
    // customer's revisit of the 3rd is on the 3rd.
    expect(mine).toEqual([
      expect.objectContaining({ kind: 'revisit', date: '2026-11-03', customerId: key.id, revisitId: visited.body.id, channel: 'on-site' }),
      expect.objectContaining({ kind: 'due', date: '2026-11-30', customerId: general.id, ruleId: 'general-monthly-salesperson', periodId: '2026-11' }),
    ]);

    // December ends the quarter and the half-year: the key customer's quarterly revisit is met by the one of November 3rd.
    const december = await api.call('GET', `/revisits/calendar?month=2026-12&ownerId=east.staff2`, { as: callers.eastHead });
    const keyDue = december.body.entries.filter((e: { customerId: string; kind: string }) => e.customerId === key.id && e.kind === 'due');
    expect(keyDue).toEqual([expect.objectContaining({ date: '2026-12-31', ruleId: 'key-quarterly-manager', periodId: '2026-Q4', status: 'met', metBy: [visited.body.id] })]);
    const generalDue = december.body.entries.filter((e: { customerId: string; kind: string }) => e.customerId === general.id && e.kind === 'due');
    expect(generalDue.map((e: { ruleId: string }) => e.ruleId).sort()).toEqual(['general-half-year-manager', 'general-monthly-salesperson']);
  });

  it('shows a unit’s month to those who may see the unit, and refuses another unit’s to a unit user', async () => {
    const unit = await api.call('GET', '/revisits/calendar?month=2026-11&unitId=east', { as: callers.eastHead });
    expect(unit.status).toBe(200);
    expect(unit.body.scope).toEqual({ kind: 'unit', unitId: 'east' });
    expect(unit.body.entries.every((e: { unitId: string }) => e.unitId === 'east')).toBe(true);
    expect(unit.body.customers).toBeGreaterThan(0);

    const other = await api.call('GET', '/revisits/calendar?month=2026-11&unitId=north', { as: callers.eastHead });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('calendar.scope');
    expect((await api.call('GET', '/revisits/calendar?ownerId=north.staff', { as: callers.eastStaff })).status).toBe(403);
    expect((await api.call('GET', '/revisits/calendar?unitId=north', { as: callers.salesHead })).status).toBe(200);
    expect((await api.call('GET', '/revisits/calendar?month=2026-13', { as: callers.salesHead })).status).toBe(400);
    expect((await api.call('GET', '/revisits/calendar?unitId=east&ownerId=east.staff', { as: callers.salesHead })).status).toBe(400);
  });
});
