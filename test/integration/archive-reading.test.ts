import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../shared/routes';
import type { Customer, Tier } from '../../shared/schemas/customer.schema';
import { AccessLogRepository } from '../../functions/core/repositories/access-log.repository';
import { createCustomer } from '../../functions/customers/use-cases/create-customer';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { deps, client, tableName } = testTable();
const log = new AccessLogRepository(client, tableName);
let api: Awaited<ReturnType<typeof startApi>>;

const office = { id: 'office.liu', name: '刘芳', role: 'office' } as const;

/** A customer of the east unit with one contact, at the tier given (the nightly job sets tiers; here we do). */
async function customerOfTier(tier: Tier): Promise<Customer> {
  const c = await createCustomer(
    deps,
    {
      name: `查阅测试${tier}有限公司`,
      creditCode: newCreditCode(),
      kind: 'main-business',
      creditRating: 'AAA',
      contacts: [{ name: '王丽华', phone: '13812345678', email: 'wang@example.cn', primary: true }],
      notes: '',
    },
    callers.eastStaff,
  );
  if (tier === c.tier) return c;
  const promoted = { ...c, tier, version: c.version + 1 };
  await deps.customers.replace(c, promoted);
  return promoted;
}

async function entriesFor(customerId: string) {
  return (await log.search({ customerId }, { limit: 100 })).items;
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('reading a customer’s detail', () => {
  it('writes exactly one access-log entry per reading, naming who, what and why', async () => {
    const c = await customerOfTier('general');
    await api.call('GET', `/customers/${c.id}`, { as: callers.eastHead });
    expect(await entriesFor(c.id)).toHaveLength(1);
    await api.call('GET', `/customers/${c.id}?purpose=${encodeURIComponent('合同评审')}`, { as: callers.salesHead });
    await api.call('GET', `/customers/${c.id}`, { as: callers.finance });

    const entries = await entriesFor(c.id);
    expect(entries).toHaveLength(3);
    // newest first
    expect(entries.map((e) => e.reader.id)).toEqual(['finance.zhao', 'sales.head', 'east.head']);
    expect(entries[1]).toMatchObject({
      action: 'detail',
      customerId: c.id,
      customerName: c.name,
      reader: { id: 'sales.head', name: '李静', role: 'sales-head' },
      sections: ['basic', 'contacts', 'credit'],
      maskedSections: [],
      contactDetailsMasked: false,
      purpose: '合同评审',
    });
    expect(entries[0]).toMatchObject({ contactDetailsMasked: true });
    expect(entries[0]).not.toHaveProperty('purpose');
  });

  it('writes nothing when nothing is shown: another unit’s customer, or a bad purpose', async () => {
    const c = await customerOfTier('general');
    expect((await api.call('GET', `/customers/${c.id}`, { as: callers.northStaff })).status).toBe(404);
    const bad = await api.call('GET', `/customers/${c.id}?purpose=x`, { as: callers.eastStaff });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('purpose');
    expect(await entriesFor(c.id)).toHaveLength(0);
  });

  it.each(['vip', 'key'] as const)('keeps a %s customer’s confidential sections masked without a purpose, and shows them with one', async (tier) => {
    const c = await customerOfTier(tier);
    const path = `/customers/${c.id}`;

    const masked = await api.call('GET', path, { as: callers.eastStaff });
    expect(masked.status).toBe(200);
    expect(masked.body.maskedSections).toEqual(['contacts', 'credit']);
    expect(masked.body).not.toHaveProperty('contacts');
    expect(masked.body).not.toHaveProperty('creditRating');
    expect(masked.body).toMatchObject({ name: c.name, tier });

    const again = await api.call('GET', `${path}?purpose=${encodeURIComponent('   ')}`, { as: callers.eastStaff });
    expect(again.status).toBe(400); // a blank purpose is no purpose

    const shown = await api.call('GET', `${path}?purpose=${encodeURIComponent('准备合同评审')}`, { as: callers.eastStaff });
    expect(shown.body.maskedSections).toEqual([]);
    expect(shown.body.contacts).toEqual([{ name: '王丽华', phone: '13812345678', email: 'wang@example.cn', primary: true }]);
    expect(shown.body.creditRating).toBe('AAA');

    const entries = await entriesFor(c.id);
    expect(entries.map((e) => [e.sections, e.maskedSections, e.purpose])).toEqual([
      [['basic', 'contacts', 'credit'], [], '准备合同评审'],
      [['basic'], ['contacts', 'credit'], undefined],
    ]);
  });

  it('masks phones and emails for roles without a need, even with a purpose', async () => {
    const c = await customerOfTier('vip');
    for (const reader of [callers.finance, office]) {
      const res = await api.call('GET', `/customers/${c.id}?purpose=${encodeURIComponent('核对往来账')}`, { as: reader });
      expect(res.body.contactDetailsMasked).toBe(true);
      expect(res.body.contacts).toEqual([{ name: '王丽华', phone: '138****5678', email: 'w***@example.cn', primary: true }]);
      expect(res.body.creditRating).toBe('AAA');
    }
    const sales = await api.call('GET', `/customers/${c.id}?purpose=${encodeURIComponent('回访客户')}`, { as: callers.sales });
    expect(sales.body.contacts[0].phone).toBe('13812345678');
  });
});

describe('everything else that carries a customer', () => {
  it('never returns contacts in the list, and does not log list items', async () => {
    const vip = await customerOfTier('vip');
    const general = await customerOfTier('general');
    const list = await api.call('GET', `/customers?q=${encodeURIComponent('查阅测试')}&limit=100`, { as: callers.salesHead });
    expect(list.body.items.length).toBeGreaterThanOrEqual(2);
    for (const item of list.body.items) expect(item).not.toHaveProperty('contacts');
    const byId = Object.fromEntries(list.body.items.map((i: { id: string }) => [i.id, i]));
    expect(byId[vip.id]).not.toHaveProperty('creditRating');
    expect(byId[general.id].creditRating).toBe('AAA');
    const byCode = await api.call('GET', `/customers?q=${vip.creditCode}`, { as: callers.salesHead });
    expect(byCode.body.items[0]).not.toHaveProperty('contacts');
    expect(await entriesFor(vip.id)).toHaveLength(0);
  });

  it('gives no contacts in write responses, which are not logged readings', async () => {
    const c = await customerOfTier('vip');
    const res = await api.call('PATCH', `/customers/${c.id}`, { as: callers.eastStaff, body: { notes: '改备注' }, headers: { 'if-match': `"${c.version}"` } });
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('contacts');
    expect(res.body).not.toHaveProperty('creditRating');
    expect(res.body.maskedSections).toEqual(['contacts', 'credit']);
  });
});

describe('the access log', () => {
  it('is searchable by customer, by reader and by Shanghai dates, newest first', async () => {
    const c = await customerOfTier('general');
    const at = (local: string) => new Date(`${local}+08:00`).toISOString();
    const entry = (id: string, when: string, reader: typeof callers.sales | typeof office) => ({
      id,
      at: at(when),
      action: 'detail' as const,
      customerId: c.id,
      customerName: c.name,
      reader,
      sections: ['basic' as const],
      maskedSections: [],
      contactDetailsMasked: false,
    });
    // 00:30 on 2 March in Shanghai is still 1 March in UTC: the filter must count it on 2 March.
    await log.append(entry('a1', '2025-03-01T23:59:00', callers.sales));
    await log.append(entry('a2', '2025-03-02T00:30:00', office));
    await log.append(entry('a3', '2025-03-03T23:59:59', callers.sales));
    await log.append(entry('a4', '2025-03-04T00:00:00', office));

    const search = async (q: string, as: { id: string; name: string; role: 'sales-head' | 'office' | 'admin' } = callers.salesHead) => {
      const res = await api.call('GET', `/access-log?${q}`, { as });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.items.map((e: { id: string }) => e.id);
    };
    expect(await search(`customerId=${c.id}`)).toEqual(['a4', 'a3', 'a2', 'a1']);
    expect(await search(`customerId=${c.id}&from=2025-03-02&to=2025-03-03`)).toEqual(['a3', 'a2']);
    expect(await search(`customerId=${c.id}&userId=office.liu`, office)).toEqual(['a4', 'a2']);
    expect(await search(`userId=office.liu&from=2025-03-01&to=2025-03-02`, callers.admin)).toEqual(['a2']);
    expect(await search(`from=2025-03-04&to=2025-03-04`)).toEqual(['a4']);
    expect(await search(`to=2025-03-01`)).toEqual(['a1']);
  });

  it('pages with a cursor and refuses a range the wrong way round', async () => {
    const c = await customerOfTier('general');
    for (let i = 0; i < 3; i++) await api.call('GET', `/customers/${c.id}`, { as: callers.eastStaff });
    const first = await api.call('GET', `/access-log?customerId=${c.id}&limit=2`, { as: callers.salesHead });
    expect(first.body.items).toHaveLength(2);
    const second = await api.call('GET', `/access-log?customerId=${c.id}&limit=2&cursor=${first.body.nextCursor}`, { as: callers.salesHead });
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const wrongWay = await api.call('GET', '/access-log?from=2025-03-05&to=2025-03-01', { as: callers.salesHead });
    expect(wrongWay.status).toBe(400);
    expect(wrongWay.body.error.fields.to).toBe('结束日期不能早于开始日期。');
  });

  it('cannot be changed: an entry is never overwritten, and no route writes to it', async () => {
    const c = await customerOfTier('general');
    await api.call('GET', `/customers/${c.id}`, { as: callers.eastStaff });
    const [original] = await entriesFor(c.id);
    await expect(log.append({ ...original!, purpose: '事后补写的目的' })).rejects.toThrow(/conditional/i);
    expect(await entriesFor(c.id)).toEqual([original]);
    // Searching and exporting it are reads (the export appends its own entry); nothing else touches it.
    const logRoutes = Object.keys(routes).filter((k) => k.includes('/access-log'));
    expect(logRoutes).toEqual(['GET /access-log', 'GET /access-log/export']);
  });
});
