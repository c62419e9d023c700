import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../shared/roles';
import { routes, type AppRouteKey } from '../../shared/routes';
import type { Principal } from '../../functions/core/principal';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { seedStaff } from '../support/table';

/**
 * Every route of the route table × every role, through the local API server with real token checks.
 * The allowed roles are written out here, on purpose apart from the route table: widening a route's
 * roles there without changing this file fails the test, and so does a route with no row here.
 */
const expectations: Record<AppRouteKey, { allowed: Role[]; ok: number }> = {
  'GET /customers': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /customers': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 201 },
  'GET /customers/{customerId}': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'PATCH /customers/{customerId}': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /staff': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
};

/** One caller per role; unit roles belong to the east unit. */
const callerFor = (role: Role): Principal => ({
  id: `${role}.tester`,
  name: role,
  role,
  ...(role === 'unit-head' || role === 'unit-staff' ? { unitId: 'east' as const } : {}),
});

let api: Awaited<ReturnType<typeof startApi>>;
let eastCustomer: { id: string; version: number };
let northCustomerId: string;

/** A request that the route accepts from an allowed caller, fresh for each call. */
async function requestFor(key: AppRouteKey, caller: Principal) {
  const [method, template] = key.split(' ') as [string, string];
  const path = template.replace('{customerId}', eastCustomer.id);
  switch (key) {
    case 'POST /customers':
      return { method, path, body: { name: `权限测试${caller.role}有限公司`, creditCode: newCreditCode(), kind: 'service', creditRating: 'A', unitId: 'east' } };
    case 'PATCH /customers/{customerId}': {
      const current = await api.call('GET', path, { as: callerFor('admin') });
      return { method, path, body: { notes: `edited by ${caller.role}` }, headers: { 'if-match': current.headers.get('etag')! } };
    }
    default:
      return { method, path };
  }
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
  const east = await api.call('POST', '/customers', {
    as: callerFor('unit-staff'),
    body: { name: '华东权限测试有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AA' },
  });
  expect(east.status).toBe(201);
  eastCustomer = east.body;
  const north = await api.call('POST', '/customers', {
    as: { id: 'north.staff', name: '冯雪', role: 'unit-staff', unitId: 'north' },
    body: { name: '华北权限测试有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AA' },
  });
  expect(north.status).toBe(201);
  northCustomerId = north.body.id;
});

afterAll(() => api?.close());

describe('the permission matrix', () => {
  it('has a row for every route in the route table, and no row for a route that does not exist', () => {
    expect(Object.keys(expectations).sort()).toEqual(Object.keys(routes).sort());
  });

  it('matches the roles the route table declares', () => {
    for (const [key, row] of Object.entries(expectations)) {
      expect([...routes[key as AppRouteKey].roles].sort(), key).toEqual([...row.allowed].sort());
    }
  });

  for (const key of Object.keys(expectations) as AppRouteKey[]) {
    describe(key, () => {
      it.each([...roles])(`answers %s as the matrix says`, async (role) => {
        const caller = callerFor(role);
        const req = await requestFor(key, caller);
        const res = await api.call(req.method, req.path, { as: caller, body: req.body, headers: req.headers });
        const row = expectations[key];
        expect(res.status, JSON.stringify(res.body)).toBe(row.allowed.includes(role) ? row.ok : 403);
        if (res.status === 403) expect(res.body.error.code).toBe('forbidden');
      });

      it('refuses no token, an expired token and a token signed by another key', async () => {
        const req = await requestFor(key, callerFor('admin'));
        const admin = callerFor('admin');
        const tokens = [undefined, await api.sign(admin, { expiresIn: Math.floor(Date.now() / 1000) - 60 }), await api.sign(admin, { key: 'stranger' })];
        for (const token of tokens) {
          const res = await api.call(req.method, req.path, { token: token ?? '', body: req.body, headers: req.headers });
          expect(res.status).toBe(401);
        }
      });
    });
  }
});

describe('data scope across units', () => {
  const eastStaff = callerFor('unit-staff');

  it('hides another unit’s customer from reads and writes (404, not 403)', async () => {
    const read = await api.call('GET', `/customers/${northCustomerId}`, { as: eastStaff });
    expect(read.status).toBe(404);
    const write = await api.call('PATCH', `/customers/${northCustomerId}`, { as: eastStaff, body: { notes: 'x' }, headers: { 'if-match': '"1"' } });
    expect(write.status).toBe(404);
    const admin = await api.call('GET', `/customers/${northCustomerId}`, { as: callerFor('admin') });
    expect(admin.body.notes).toBe('');
  });

  it('keeps another unit’s customers out of lists and staff lists', async () => {
    const list = await api.call('GET', '/customers?limit=100', { as: eastStaff });
    expect(list.body.items.map((c: { unitId: string }) => c.unitId)).not.toContain('north');
    const staff = await api.call('GET', '/staff?unitId=north', { as: eastStaff });
    expect(staff.body.items.every((s: { unitId?: string }) => s.unitId === 'east')).toBe(true);
  });

  it('takes the caller from the token, never from the body', async () => {
    const res = await api.call('POST', '/customers', {
      as: eastStaff,
      body: { name: '冒名测试有限公司', creditCode: newCreditCode(), kind: 'service', creditRating: 'A', createdBy: 'admin' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('createdBy');
  });
});
