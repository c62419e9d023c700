import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer, Tier } from '../../shared/schemas/customer.schema';
import { CustomerRepository } from '../../functions/core/repositories/customer.repository';
import { StaffRepository } from '../../functions/core/repositories/staff.repository';
import { unitDeps } from '../../functions/units/deps';
import { seedFirstUnits } from '../../functions/units/use-cases/units';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();
const customers = new CustomerRepository(client, tableName);
const staff = new StaffRepository(client, tableName);
const admin = callers.admin;

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(async () => api.close());

let seq = 0;
/** A customer written straight to the table (its unit's records are what is under test, not the create rules). */
async function customerIn(unitId: string, extra: Partial<Customer> = {}): Promise<Customer> {
  const at = '2026-01-05T02:00:00.000Z';
  const c: Customer = {
    id: `unit-test-${++seq}-${Date.now()}`,
    name: `单位测试${seq}有限公司`,
    creditCode: newCreditCode(),
    kind: 'main-business',
    tier: 'key' as Tier,
    annualAmountFen: 20_000_000,
    creditRating: 'AA',
    unitId,
    ownerId: 'admin',
    contacts: [],
    notes: '',
    createdAt: at,
    updatedAt: at,
    createdBy: 'seed',
    updatedBy: 'seed',
    version: 1,
    ...extra,
  };
  await customers.create(c);
  return c;
}

const createUnit = (body: unknown, lang = 'zh-CN') => api.call('POST', '/units', { as: admin, body, headers: { 'accept-language': lang } });

describe('business units as records', () => {
  it('start with the units of shared/units.ts, and seeding again changes nothing', async () => {
    const listed = await api.call('GET', '/units', { as: callers.eastStaff });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((u: { code: string }) => u.code)).toEqual(['east', 'north', 'south']);
    expect(listed.body.items[0]).toMatchObject({ name: '华东事业部', nameEn: 'East China Division', status: 'active', version: 1 });
    expect(await seedFirstUnits(unitDeps(client, tableName))).toEqual({ created: [] });
  });

  it('refuses a badly formed code, naming the rule in the caller’s language', async () => {
    for (const code of ['West', 'west_1', '1west', 'w', 'west-']) {
      const res = await createUnit({ code, name: '西部事业部' }, 'en');
      expect(res.status, code).toBe(400);
      expect(res.body.error.fields.code).toMatch(/lower-case letters, digits and dashes/);
    }
    const zh = await createUnit({ code: 'West', name: '西部事业部' });
    expect(zh.body.error.fields.code).toMatch(/小写字母/);
  });

  it('refuses a code already taken, and only admins create', async () => {
    const taken = await createUnit({ code: 'east', name: '另一个华东' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('unit_code_taken');
    expect(taken.body.error.message).toContain('华东事业部');
    const byHead = await api.call('POST', '/units', { as: callers.salesHead, body: { code: 'west', name: '西部事业部' } });
    expect(byHead.status).toBe(403);
  });

  it('renames and sets heads at the version read (If-Match), keeping who changed what', async () => {
    const made = await createUnit({ code: 'centre', name: '华中事业部', region: '华中' });
    expect(made.status).toBe(201);
    expect(made.headers.get('etag')).toBe('"1"');

    const noMatch = await api.call('PATCH', '/units/centre', { as: admin, body: { name: '华中大区' } });
    expect(noMatch.status).toBe(428);
    const unknownHead = await api.call('PATCH', '/units/centre', { as: admin, body: { heads: ['nobody.here'] }, headers: { 'if-match': '"1"' } });
    expect(unknownHead.status).toBe(400);
    expect(unknownHead.body.error.fields.heads).toContain('nobody.here');

    const renamed = await api.call('PATCH', '/units/centre', { as: admin, body: { name: '华中大区', nameEn: 'Central China', heads: ['east.head'] }, headers: { 'if-match': '"1"' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ code: 'centre', name: '华中大区', nameEn: 'Central China', heads: ['east.head'], version: 2, updatedBy: 'admin' });
    const stale = await api.call('PATCH', '/units/centre', { as: admin, body: { name: '又改名' }, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);

    const history = await api.call('GET', '/units/centre/history', { as: callers.salesHead });
    expect(history.status).toBe(200);
    expect(history.body.items.map((c: { action: string }) => c.action)).toEqual(['update', 'create']);
    expect(history.body.items[0]).toMatchObject({ by: 'admin', version: 2, before: { name: '华中事业部', heads: [] }, after: { name: '华中大区', heads: ['east.head'] } });
    expect((await api.call('GET', '/units/nowhere/history', { as: admin })).status).toBe(404);
    // Not a unit code at all (shared/units.ts): refused before the route looks, naming the parameter.
    const badCode = await api.call('PATCH', '/units/Bad_Code', { as: admin, body: { name: '某某' }, headers: { 'if-match': '"1"' } });
    expect(badCode.status).toBe(400);
    expect(Object.keys(badCode.body.error.fields)).toEqual(['code']);
  });
});

describe('a new unit is usable at once', () => {
  it('takes customers, scopes its own users to them, and appears in coverage and the calendar', async () => {
    expect((await createUnit({ code: 'west', name: '西部事业部', nameEn: 'West Division' })).status).toBe(201);

    const created = await api.call('POST', '/customers', {
      as: admin,
      body: { name: '西部新单位测试有限公司', creditCode: newCreditCode(), kind: 'service', creditRating: 'A', unitId: 'west' },
    });
    expect(created.status).toBe(201);
    expect(created.body.unitId).toBe('west');
    const nowhere = await api.call('POST', '/customers', {
      as: admin,
      body: { name: '不存在单位测试有限公司', creditCode: newCreditCode(), kind: 'service', creditRating: 'A', unitId: 'mars' },
    });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.error.fields.unitId).toBeTruthy();

    const westStaff = { id: 'west.staff', name: '西部业务员', role: 'unit-staff' as const, unitId: 'west' };
    await staff.put({ id: westStaff.id, name: westStaff.name, role: westStaff.role, unitId: 'west' });
    const keyCustomer = await customerIn('west', { ownerId: westStaff.id });
    await customerIn('east');
    const seen = await api.call('GET', '/customers', { as: westStaff });
    expect(seen.status).toBe(200);
    expect(seen.body.items.map((c: { id: string }) => c.id).sort()).toEqual([created.body.id, keyCustomer.id].sort());

    const coverage = await api.call('GET', '/revisits/coverage?period=quarter', { as: callers.salesHead });
    expect(coverage.status).toBe(200);
    expect(coverage.body.rows.some((r: { unitId: string }) => r.unitId === 'west')).toBe(true);
    const calendar = await api.call('GET', '/revisits/calendar?unitId=west', { as: westStaff });
    expect(calendar.status).toBe(200);
    expect(calendar.body.customers).toBe(2);
    const filtered = await api.call('GET', '/customers?unitId=west', { as: callers.salesHead });
    expect(filtered.body.items).toHaveLength(2);
  });
});

describe('retiring a unit', () => {
  it('is refused while it has customers or active staff, naming how many in both languages', async () => {
    expect((await createUnit({ code: 'north-east', name: '东北事业部' })).status).toBe(201);
    await customerIn('north-east');
    await customerIn('north-east');
    await staff.put({ id: 'ne.staff', name: '东北业务员', role: 'unit-staff', unitId: 'north-east' });

    const zh = await api.call('POST', '/units/north-east/retire', { as: admin });
    expect(zh.status).toBe(409);
    expect(zh.body.error.code).toBe('unit_not_empty');
    expect(zh.body.error.message).toContain('2 位客户');
    expect(zh.body.error.message).toContain('1 名在职员工');
    const en = await api.call('POST', '/units/north-east/retire', { as: admin, headers: { 'accept-language': 'en' } });
    expect(en.body.error.message).toContain('2 customers and 1 active staff');
  });

  it('counts only staff not disabled, and retires an empty unit whose code is then never reused', async () => {
    expect((await createUnit({ code: 'hq-2', name: '总部二部' })).status).toBe(201);
    await staff.put({ id: 'hq2.staff', name: '总部二部业务员', role: 'unit-staff', unitId: 'hq-2' });
    expect((await api.call('POST', '/units/hq-2/retire', { as: admin })).status).toBe(409);
    // Disabled (the users' page sets this status): no longer counts as active staff.
    await client.send(
      new (await import('@aws-sdk/lib-dynamodb')).UpdateCommand({
        TableName: tableName,
        Key: { PK: 'STAFF#hq2.staff', SK: 'PROFILE' },
        UpdateExpression: 'SET #s = :d',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':d': 'disabled' },
      }),
    );

    const retired = await api.call('POST', '/units/hq-2/retire', { as: admin });
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ status: 'retired', version: 2 });
    expect(retired.body.retiredAt).toBeTruthy();

    const again = await createUnit({ code: 'hq-2', name: '总部二部（新）' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('unit_code_retired');
    const rename = await api.call('PATCH', '/units/hq-2', { as: admin, body: { name: '改名' }, headers: { 'if-match': '"2"' } });
    expect(rename.status).toBe(409);
    const customer = await api.call('POST', '/customers', {
      as: admin,
      body: { name: '撤销单位测试有限公司', creditCode: newCreditCode(), kind: 'service', creditRating: 'A', unitId: 'hq-2' },
    });
    expect(customer.status).toBe(400);
    const listed = await api.call('GET', '/units', { as: admin });
    expect(listed.body.items.find((u: { code: string }) => u.code === 'hq-2')).toMatchObject({ status: 'retired' });
  });
});

describe('the archive’s staleness period as a setting', () => {
  it('changes which customers are stale, with If-Match and history', async () => {
    const twoMonthsAgo = new Date(Date.now() - 62 * 86_400_000).toISOString();
    const c = await customerIn('south', { createdAt: twoMonthsAgo, updatedAt: twoMonthsAgo, name: '核实期限测试有限公司' });
    const staleIds = async () =>
      (await api.call('GET', '/customers?unitId=south&stale=true', { as: callers.salesHead })).body.items.map((x: { id: string }) => x.id);

    const current = await api.call('GET', '/settings/archive', { as: callers.eastStaff });
    expect(current.body).toMatchObject({ settings: { stalePeriodMonths: 12 }, version: 0 });
    expect(await staleIds()).not.toContain(c.id);

    const bad = await api.call('PUT', '/settings/archive', { as: admin, body: { stalePeriodMonths: 0 }, headers: { 'if-match': '"0"' } });
    expect(bad.status).toBe(400);
    const byHead = await api.call('PUT', '/settings/archive', { as: callers.salesHead, body: { stalePeriodMonths: 1 }, headers: { 'if-match': '"0"' } });
    expect(byHead.status).toBe(403);
    const set = await api.call('PUT', '/settings/archive', { as: admin, body: { stalePeriodMonths: 1 }, headers: { 'if-match': '"0"' } });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ settings: { stalePeriodMonths: 1 }, version: 1 });
    expect(await staleIds()).toContain(c.id);
    const stale = await api.call('PUT', '/settings/archive', { as: admin, body: { stalePeriodMonths: 3 }, headers: { 'if-match': '"0"' } });
    expect(stale.status).toBe(412);

    const history = await api.call('GET', '/settings/archive/history', { as: callers.salesHead });
    expect(history.body.items[0]).toMatchObject({ settings: { stalePeriodMonths: 1 }, previous: { stalePeriodMonths: 12 }, updatedBy: 'admin' });

    expect((await api.call('PUT', '/settings/archive', { as: admin, body: { stalePeriodMonths: 12 }, headers: { 'if-match': '"1"' } })).status).toBe(200);
    expect(await staleIds()).not.toContain(c.id);
  });
});
