import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/core/principal';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

type Contact = { name: string; phone?: string; primary?: boolean };

async function create(name: string, as: Principal, contacts: Contact[]) {
  const res = await api.call('POST', '/customers', {
    as,
    body: { name, creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AA', contacts },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number };
}

const search = (q: string, as: Principal) => api.call('GET', `/search?q=${encodeURIComponent(q)}`, { as });
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe('GET /search: customers by the last four digits of a phone', () => {
  it('finds them in the caller’s units only', async () => {
    const east = await create('嘉兴南湖丝绸有限公司', callers.eastStaff, [{ name: '沈建明', phone: '13905717351' }]);
    const north = await create('保定白洋淀苇编有限公司', callers.northStaff, [{ name: '刘振华', phone: '010-62537351' }]);

    const eastSees = await search('7351', callers.eastStaff);
    expect(eastSees.status).toBe(200);
    expect(ids(eastSees.body.customers)).toEqual([east.id]);
    const northSees = await search('7351', callers.northStaff);
    expect(ids(northSees.body.customers)).toEqual([north.id]);
    const headSees = await search('7351', callers.salesHead);
    expect(ids(headSees.body.customers)).toEqual(ids([east, north]));
  });

  it('follows a contact’s phone when it changes', async () => {
    const c = await create('绍兴柯桥纺织有限公司', callers.eastStaff, [{ name: '钱文斌', phone: '13905758642' }]);
    expect(ids((await search('8642', callers.eastStaff)).body.customers)).toEqual([c.id]);
    const res = await api.call('PATCH', `/customers/${c.id}`, {
      as: callers.eastStaff,
      body: { contacts: [{ name: '钱文斌', phone: '13905759753' }] },
      headers: { 'if-match': `"${c.version}"` },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await search('8642', callers.eastStaff)).body.customers).toEqual([]);
    expect(ids((await search('9753', callers.eastStaff)).body.customers)).toEqual([c.id]);
  });
});

describe('GET /search: customers by a contact’s name', () => {
  it('finds a contact with or without a phone, and follows a rename', async () => {
    const c = await create('湖州安吉竹业有限公司', callers.eastStaff, [
      { name: '欧阳晓岚', phone: '13857201234', primary: true },
      { name: '司马青云' },
    ]);
    await create('廊坊香河家具有限公司', callers.northStaff, [{ name: '欧阳晓岚', phone: '13933164321' }]);

    expect(ids((await search('欧阳晓岚', callers.eastStaff)).body.customers)).toEqual([c.id]);
    expect(ids((await search('司马 青云', callers.eastStaff)).body.customers)).toEqual([c.id]);
    expect((await search('欧阳晓岚', callers.salesHead)).body.customers).toHaveLength(2);

    const res = await api.call('PATCH', `/customers/${c.id}`, {
      as: callers.eastStaff,
      body: { contacts: [{ name: '欧阳晓雯', phone: '13857201234', primary: true }] },
      headers: { 'if-match': `"${c.version}"` },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await search('欧阳晓岚', callers.eastStaff)).body.customers).toEqual([]);
    expect((await search('司马青云', callers.eastStaff)).body.customers).toEqual([]);
    expect(ids((await search('欧阳晓雯', callers.eastStaff)).body.customers)).toEqual([c.id]);
  });
});

describe('GET /search: masking', () => {
  it('shows customers as the list does: no contacts, and a VIP’s confidential sections withheld', async () => {
    const c = await create('宁波北仑港机有限公司', callers.eastStaff, [{ name: '应国栋', phone: '13957402468' }]);
    const held = await api.call('PUT', `/customers/${c.id}/tier-override`, {
      as: callers.salesHead,
      body: { tier: 'vip', reason: '战略客户', expiresOn: '2099-12-31' },
    });
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    const res = await search('2468', callers.eastStaff);
    const [hit] = res.body.customers as Record<string, unknown>[];
    expect(hit!.id).toBe(c.id);
    expect(hit).not.toHaveProperty('contacts');
    expect(hit).not.toHaveProperty('creditRating');
    expect(hit!.maskedSections).toEqual(expect.arrayContaining(['credit']));
    expect(JSON.stringify(res.body)).not.toContain('13957402468');
  });
});

describe('GET /search: service requests and visits', () => {
  it('finds requests by number and by customer, and visits by customer, only where the caller may see them', async () => {
    const c = await create('温岭泽国泵业有限公司', callers.eastStaff, [{ name: '林海峰', phone: '13906761357' }]);
    const sr = await api.call('POST', '/service-requests', {
      as: callers.eastStaff,
      body: { customerId: c.id, kind: 'inquiry', channel: 'phone', contact: { name: '林海峰' }, statement: '询问新型号水泵的交期。' },
    });
    expect(sr.status, JSON.stringify(sr.body)).toBe(201);
    const arrival = Date.now() + 10 * 86_400_000;
    const visit = await api.call('POST', '/visits', {
      as: callers.eastStaff,
      body: {
        customerId: c.id,
        visitors: [{ name: '林海峰', title: '总经理', rank: 'manager' }],
        arrivalAt: new Date(arrival).toISOString(),
        departureAt: new Date(arrival + 86_400_000).toISOString(),
        purpose: '考察新生产线',
        headcount: 2,
      },
    });
    expect(visit.status, JSON.stringify(visit.body)).toBe(201);

    const byCustomer = await search('泽国泵业', callers.eastHead);
    expect(ids(byCustomer.body.customers)).toEqual([c.id]);
    expect(byCustomer.body.serviceRequests.map((r: { id: string }) => r.id)).toEqual([sr.body.id]);
    expect(byCustomer.body.visits.map((v: { id: string }) => v.id)).toEqual([visit.body.id]);

    const byNumber = await search(sr.body.id.toLowerCase(), callers.eastHead);
    expect(byNumber.body.serviceRequests.map((r: { id: string }) => r.id)).toEqual([sr.body.id]);
    // Another unit: neither the customer, nor its request (even by number), nor its visit.
    const other = await search(sr.body.id, callers.northStaff);
    expect(other.body).toEqual({ customers: [], serviceRequests: [], visits: [] });
    expect((await search('泽国泵业', callers.northStaff)).body).toEqual({ customers: [], serviceRequests: [], visits: [] });
  });

  it('refuses an empty query with the error shape', async () => {
    const res = await search('', callers.eastStaff);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBeTruthy();
  });
});
