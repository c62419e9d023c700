import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
const { deps } = testTable();

const body = () => ({ name: '宁波港城物流集团有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AA' });

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('POST /customers', () => {
  it('answers 201 with the customer, its Location and ETag', async () => {
    const res = await api.call('POST', '/customers', { as: callers.eastStaff, body: body() });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/customers/${res.body.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({ unitId: 'east', ownerId: 'east.staff', tier: 'reserve', annualAmountFen: 0 });
  });

  it.each(['tier', 'annualAmountFen', 'version', 'createdAt', 'updatedAt'])('refuses a body setting %s, naming it, and writes nothing', async (field) => {
    const sent = { ...body(), [field]: field === 'tier' ? 'vip' : field.endsWith('At') ? new Date().toISOString() : 99 };
    const res = await api.call('POST', '/customers', { as: callers.eastStaff, body: sent });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', fields: { [field]: '该字段由系统维护，不能提交。' } });
    expect(await deps.customers.findByCreditCode(sent.creditCode)).toBeUndefined();
  });

  it('speaks English when the caller prefers it', async () => {
    const res = await api.call('POST', '/customers', {
      as: callers.eastStaff,
      body: { ...body(), creditCode: '91330100716105852A' },
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('The request has errors; see the fields named.');
    expect(res.body.error.fields.creditCode).toMatch(/credit code/);
  });

  it('refuses malformed JSON and oversized bodies with a clear error', async () => {
    const bad = await api.call('POST', '/customers', { as: callers.eastStaff, body: '{"name": ' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_json');
    const big = await api.call('POST', '/customers', { as: callers.eastStaff, body: { ...body(), notes: 'x'.repeat(300_000) } });
    expect(big.status).toBe(413);
    expect(big.body.error.message).toBe('请求体过大。');
  });

  it('answers 409 naming the customer that already has the code', async () => {
    const first = await api.call('POST', '/customers', { as: callers.eastStaff, body: body() });
    const again = await api.call('POST', '/customers', { as: callers.northStaff, body: { ...body(), creditCode: first.body.creditCode } });
    expect(again.status).toBe(409);
    expect(again.body.error.fields.creditCode).toContain('宁波港城物流集团有限公司');
  });
});

describe('GET and PATCH /customers/{id}', () => {
  it('gives the version as ETag and requires it back as If-Match', async () => {
    const created = await api.call('POST', '/customers', { as: callers.eastStaff, body: body() });
    const path = `/customers/${created.body.id}`;
    const read = await api.call('GET', path, { as: callers.eastHead });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');

    const missing = await api.call('PATCH', path, { as: callers.eastHead, body: { notes: 'a' } });
    expect(missing.status).toBe(428);

    const ok = await api.call('PATCH', path, { as: callers.eastHead, body: { notes: 'a' }, headers: { 'if-match': '"1"' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    expect(ok.body).toMatchObject({ notes: 'a', version: 2, updatedBy: 'east.head' });

    const stale = await api.call('PATCH', path, { as: callers.eastStaff, body: { notes: 'b' }, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
    expect((await api.call('GET', path, { as: callers.eastHead })).body.notes).toBe('a');
  });

  it('refuses a patch of read-only fields and changes nothing', async () => {
    const created = await api.call('POST', '/customers', { as: callers.eastStaff, body: body() });
    const path = `/customers/${created.body.id}`;
    const res = await api.call('PATCH', path, { as: callers.eastStaff, body: { tier: 'vip', annualAmountFen: 1 }, headers: { 'if-match': '"1"' } });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['annualAmountFen', 'tier']);
    expect((await api.call('GET', path, { as: callers.eastStaff })).body).toMatchObject({ tier: 'reserve', annualAmountFen: 0, version: 1 });
  });
});

describe('GET /customers', () => {
  it('pages with a cursor and refuses a bad one', async () => {
    for (let i = 0; i < 3; i++) await api.call('POST', '/customers', { as: callers.sales, body: { ...body(), unitId: 'south', name: `分页测试${i}有限公司` } });
    const first = await api.call('GET', `/customers?q=${encodeURIComponent('分页测试')}&limit=2`, { as: callers.salesHead });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toBeTruthy();
    const second = await api.call('GET', `/customers?q=${encodeURIComponent('分页测试')}&limit=2&cursor=${first.body.nextCursor}`, { as: callers.salesHead });
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const bad = await api.call('GET', '/customers?cursor=abc', { as: callers.salesHead });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_cursor');
  });

  it('names a bad query parameter', async () => {
    const res = await api.call('GET', '/customers?limit=1000&tier=gold', { as: callers.salesHead });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['limit', 'tier']);
  });
});
