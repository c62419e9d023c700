import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeEntries, splitRouteKey } from '../../shared/routes';
import { startApi } from '../support/api-harness';
import { callers } from '../support/principals';
import { seedStaff } from '../support/table';
import { paidEvent, signed } from '../support/webhook';

let api: Awaited<ReturnType<typeof startApi>>;

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

const errorShape = { error: { code: expect.any(String), message: expect.any(String) } };
const huge = 'A'.repeat(3000);

describe('a path parameter of any length or content', () => {
  // Every route with a path parameter, called by a role it admits, with each parameter a few thousand
  // characters long: DynamoDB would refuse such a key (over 2,048 bytes) and the caller used to get a 500.
  const withParams = routeEntries().filter(([key, d]) => key.includes('{') && (d.auth ?? 'jwt') === 'jwt');

  it.each(withParams.map(([key, d]) => [key, d.roles[0]!] as const))('%s answers 400 naming the parameter', async (key, role) => {
    const { method, path } = splitRouteKey(key);
    const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const res = await api.call(method, path.replace(/\{\w+\}/g, huge), {
      // The admin of the test setup has TOTP recorded, as admins must to change anything (shared/admin-mfa.ts).
      as: role === 'admin' ? callers.admin : { id: 'probe', name: '测试员', role, ...(role.startsWith('unit-') ? { unitId: 'east' } : {}) },
      body: method === 'GET' || method === 'DELETE' ? undefined : {},
      headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject(errorShape);
    expect(Object.keys((res.body as { error: { fields: object } }).error.fields)).toEqual(names);
  });

  it('refuses a control character in an id, in the caller’s language', async () => {
    const res = await api.call('GET', '/customers/abc%00def', { as: callers.admin, headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'validation_failed', fields: { customerId: expect.stringContaining('path parameter') } } });
  });

  it.each([
    ['a quarter not written YYYY-Qn', 'GET', '/assessments/units/east/2026-13', 'quarter', 'Invalid quarter'],
    ['a unit code in capitals', 'GET', '/assessments/units/EAST/2026-Q3', 'unitId', 'Invalid unit code'],
    ['a year of two digits', 'GET', '/revisit-plans/annual/east/26', 'year', 'Invalid year'],
    ['a year outside 2000–2100', 'GET', '/revisit-plans/annual/east/2999', 'year', 'Invalid year'],
    ['a kind with a capital', 'GET', '/settings/assessment-indicators/Unit', 'kind', 'Invalid kind'],
    ['a unit code with a dot', 'GET', '/units/east.2/history', 'code', 'Invalid unit code'],
  ])('answers %s with 400 naming that parameter, in zh-CN and en', async (_, method, path, name, en) => {
    const zh = await api.call(method, path, { as: callers.admin });
    expect(zh.status).toBe(400);
    expect(zh.body).toMatchObject({ error: { code: 'validation_failed', fields: { [name]: expect.stringMatching(/[\u4e00-\u9fff]/) } } });
    expect(Object.keys(zh.body.error.fields)).toEqual([name]);
    const english = await api.call(method, path, { as: callers.admin, headers: { 'accept-language': 'en' } });
    expect(english.body.error.fields[name]).toContain(en);
  });

  it('lets well-formed values through to the route, which decides what exists', async () => {
    // Each of these passes the patterns; the routes answer by their own rules, never 400 for the shape.
    expect((await api.call('GET', '/revisit-plans/annual/nowhere/2026', { as: callers.admin })).status).toBe(404);
    expect((await api.call('GET', '/settings/assessment-indicators/person', { as: callers.admin })).status).toBe(404);
  });

  it('answers a malformed percent-encoding with 400 and the error shape', async () => {
    const res = await api.call('GET', '/customers/%E0%A4%A', { as: callers.admin });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'bad_path_encoding', message: expect.stringContaining('编码') } });
  });
});

describe('the order webhook refuses what it cannot keep', () => {
  it('answers 400 to a correctly signed delivery whose webhook-id is thousands of characters', async () => {
    const text = JSON.stringify(paidEvent({ id: 'CUST-UNKNOWN' }, 100));
    const res = await api.call('POST', '/webhooks/orders', { body: text, headers: signed(text, { id: `msg_${huge}` }) });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'webhook_id_invalid' } });
  });

  it.each([
    ['dated 1900-01-01', '1900-01-01T00:00:00+08:00'],
    ['dated two days ahead', new Date(Date.now() + 2 * 86_400_000).toISOString()],
  ])('refuses an order.paid %s, naming the field in both languages', async (_, occurredAt) => {
    const text = JSON.stringify(paidEvent({ id: 'CUST-UNKNOWN' }, 100, occurredAt));
    const zh = await api.call('POST', '/webhooks/orders', { body: text, headers: signed(text) });
    expect(zh.status).toBe(400);
    expect(zh.body).toMatchObject({ error: { fields: { 'data.occurredAt': expect.stringContaining('2000') } } });
    const en = await api.call('POST', '/webhooks/orders', { body: text, headers: { ...signed(text), 'accept-language': 'en' } });
    expect(en.body).toMatchObject({ error: { fields: { 'data.occurredAt': expect.stringContaining('Implausible date') } } });
  });
});
