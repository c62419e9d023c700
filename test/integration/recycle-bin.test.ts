import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { deps } = testTable();
let api: Awaited<ReturnType<typeof startApi>>;

const body = (overrides: Record<string, unknown> = {}) => ({
  name: '温州瓯江阀门制造有限公司',
  creditCode: newCreditCode(),
  kind: 'main-business',
  creditRating: 'AA',
  contacts: [{ name: '陈海', phone: '13700001111', email: 'chen@example.cn', primary: true }],
  notes: '老客户',
  ...overrides,
});

async function created(overrides: Record<string, unknown> = {}) {
  const res = await api.call('POST', '/customers', { as: callers.eastStaff, body: body(overrides) });
  expect(res.status).toBe(201);
  return res.body as { id: string; creditCode: string; name: string };
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('DELETE /customers/{id}', () => {
  it('needs the version read (428 without, 412 when stale) and then leaves the customer as it was', async () => {
    const c = await created();
    await api.call('PATCH', `/customers/${c.id}`, { as: callers.eastStaff, body: { notes: '改过' }, headers: { 'if-match': '"1"' } });
    const missing = await api.call('DELETE', `/customers/${c.id}`, { as: callers.salesHead });
    expect(missing.status).toBe(428);
    const stale = await api.call('DELETE', `/customers/${c.id}`, { as: callers.salesHead, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('precondition_failed');
    expect((await deps.customers.get(c.id))?.deletedAt).toBeUndefined();
    expect((await api.call('GET', `/customers/${c.id}`, { as: callers.eastStaff })).status).toBe(200);
  });

  it('moves the customer to the recycle bin: gone from reads, lists, search and edits, its credit code still claimed', async () => {
    const c = await created({ name: '回收站测试甲有限公司' });
    const res = await api.call('DELETE', `/customers/${c.id}`, { as: callers.salesHead, headers: { 'if-match': '"1"' } });
    expect(res.status).toBe(204);

    expect((await api.call('GET', `/customers/${c.id}`, { as: callers.salesHead })).status).toBe(404);
    expect((await api.call('PATCH', `/customers/${c.id}`, { as: callers.eastStaff, body: { notes: 'x' }, headers: { 'if-match': '"2"' } })).status).toBe(404);
    const list = await api.call('GET', `/customers?q=${encodeURIComponent('回收站测试甲')}`, { as: callers.salesHead });
    expect(list.body.items).toEqual([]);
    for (const filter of ['unitId=east', 'ownerId=east.staff', 'tier=reserve']) {
      const page = await api.call('GET', `/customers?${filter}&limit=100`, { as: callers.salesHead });
      expect(page.body.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
    }
    expect((await api.call('GET', `/customers?q=${c.creditCode}`, { as: callers.salesHead })).body.items).toEqual([]);

    const duplicate = await api.call('POST', '/customers', { as: callers.northStaff, body: body({ creditCode: c.creditCode }) });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('credit_code_in_bin');
    expect(duplicate.body.error.fields.creditCode).toContain('回收站测试甲有限公司');

    const bin = await api.call('GET', '/recycle-bin', { as: callers.admin });
    expect(bin.body.items[0]).toMatchObject({ id: c.id, deletedBy: 'sales.head' });
    expect(bin.body.items[0]).not.toHaveProperty('contacts');
  });
});

describe('POST /customers/{id}/restore', () => {
  it('brings back exactly the same record, apart from version and who changed it last', async () => {
    const c = await created({ name: '回收站测试乙有限公司' });
    await api.call('POST', `/customers/${c.id}/verify`, { as: callers.eastStaff, headers: { 'if-match': '"1"' } });
    const before = await deps.customers.get(c.id);
    await api.call('DELETE', `/customers/${c.id}`, { as: callers.admin, headers: { 'if-match': '"2"' } });

    const res = await api.call('POST', `/customers/${c.id}/restore`, { as: callers.salesHead });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"4"');
    const after = await deps.customers.get(c.id);
    const { version: _v1, updatedAt: _u1, updatedBy: _b1, ...sameBefore } = before!;
    const { version: _v2, updatedAt: _u2, updatedBy: _b2, ...sameAfter } = after!;
    expect(sameAfter).toEqual(sameBefore);
    expect(after).toMatchObject({ version: 4, updatedBy: 'sales.head' });

    expect((await api.call('GET', `/customers/${c.id}`, { as: callers.eastStaff })).status).toBe(200);
    const list = await api.call('GET', `/customers?q=${encodeURIComponent('回收站测试乙')}`, { as: callers.eastStaff });
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([c.id]);
    const bin = await api.call('GET', '/recycle-bin?limit=100', { as: callers.admin });
    expect(bin.body.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
  });

  it('refuses a customer that is not in the bin, and one that does not exist', async () => {
    const c = await created();
    const live = await api.call('POST', `/customers/${c.id}/restore`, { as: callers.salesHead });
    expect(live.status).toBe(409);
    expect(live.body.error.code).toBe('not_in_recycle_bin');
    expect((await api.call('POST', '/customers/no-such-customer/restore', { as: callers.salesHead })).status).toBe(404);
  });
  it('refuses, naming the unit in both languages, a customer whose unit was retired while it was in the bin', async () => {
    expect((await api.call('POST', '/units', { as: callers.admin, body: { code: 'bin-gone', name: '回收测试事业部' } })).status).toBe(201);
    const made = await api.call('POST', '/customers', { as: callers.salesHead, body: body({ name: '撤销单位测试有限公司', unitId: 'bin-gone' }) });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect((await api.call('DELETE', `/customers/${made.body.id}`, { as: callers.salesHead, headers: { 'if-match': '"1"' } })).status).toBe(204);
    // A customer in the bin does not keep its unit from being retired.
    expect((await api.call('POST', '/units/bin-gone/retire', { as: callers.admin })).status).toBe(200);

    const zh = await api.call('POST', `/customers/${made.body.id}/restore`, { as: callers.salesHead });
    expect(zh.status).toBe(409);
    expect(zh.body.error).toMatchObject({ code: 'customer_unit_retired', message: '客户“撤销单位测试有限公司”所属的业务单位“回收测试事业部”已撤销，不能恢复到该单位。' });
    const en = await api.call('POST', `/customers/${made.body.id}/restore`, { as: callers.salesHead, headers: { 'accept-language': 'en' } });
    expect(en.body.error.message).toContain('“回收测试事业部”, which has been retired');
    expect((await deps.customers.get(made.body.id))?.deletedAt).toBeTruthy();
  });
});

describe('POST /customers/{id}/verify', () => {
  it('records who verified and when, against the version read', async () => {
    const c = await created();
    const stale = await api.call('POST', `/customers/${c.id}/verify`, { as: callers.eastHead, headers: { 'if-match': '"7"' } });
    expect(stale.status).toBe(412);
    const otherUnit = await api.call('POST', `/customers/${c.id}/verify`, { as: callers.northStaff, headers: { 'if-match': '"1"' } });
    expect(otherUnit.status).toBe(404);
    const res = await api.call('POST', `/customers/${c.id}/verify`, { as: callers.eastHead, headers: { 'if-match': '"1"' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ lastVerifiedBy: 'east.head', version: 2 });
    expect(Date.now() - Date.parse(res.body.lastVerifiedAt)).toBeLessThan(60_000);
    expect(res.body).not.toHaveProperty('contacts');
  });

  it('cannot be set through an edit, nor can the bin marks', async () => {
    const c = await created();
    const res = await api.call('PATCH', `/customers/${c.id}`, {
      as: callers.eastStaff,
      body: { lastVerifiedAt: new Date().toISOString(), lastVerifiedBy: 'x', deletedAt: new Date().toISOString(), deletedBy: 'x' },
      headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['deletedAt', 'deletedBy', 'lastVerifiedAt', 'lastVerifiedBy']);
    expect(res.body.error.fields.deletedAt).toBe('该字段由系统维护，不能提交。');
  });
});
