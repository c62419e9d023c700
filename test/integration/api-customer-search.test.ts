import type { Principal } from '../../functions/core/principal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;

const body = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  creditCode: newCreditCode(),
  kind: 'main-business',
  creditRating: 'AA',
  contacts: [{ name: '王丽华', phone: '13812345678', primary: true }],
  ...extra,
});

async function create(name: string, as: Principal = callers.eastStaff, extra: Record<string, unknown> = {}) {
  const res = await api.call('POST', '/customers', { as, body: body(name, extra) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; name: string; warnings: { code: string; message: string; customers: { id: string; match: string }[] }[] };
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('GET /customers/similar', () => {
  it('lists existing customers with the same name apart from legal form, width and brackets, same-name first', async () => {
    const a = await create('杭州西溪云帆信息技术有限公司');
    const b = await create('杭州西溪云帆信息技术（集团）股份有限公司');
    const c = await create('杭州西溪云帆信息技术研究院');
    await create('杭州东溪云帆有限公司');
    const res = await api.call('GET', `/customers/similar?name=${encodeURIComponent('杭州 西溪云帆信息技术')}`, { as: callers.eastHead });
    expect(res.status).toBe(200);
    const items = res.body.items as { id: string; match: string }[];
    // Name order within each group is pinyin order (issue 13), where punctuation comes first: （集团） before 有限.
    expect(items.map((i) => [i.id, i.match])).toEqual([
      [b.id, 'same-name'],
      [a.id, 'same-name'],
      [c.id, 'contains'],
    ]);
    // Who it is, never how to reach them or any confidential section.
    for (const item of res.body.items) expect(Object.keys(item).sort()).toEqual(['id', 'match', 'name', 'ownerId', 'tier', 'unitId']);
  });

  it('leaves out the customer being edited, and stays within the caller’s scope', async () => {
    const east = await create('宁波甬江港务有限公司');
    const north = await create('宁波甬江港务股份有限公司', callers.northStaff);
    const own = await api.call('GET', `/customers/similar?name=${encodeURIComponent('宁波甬江港务')}&excludeId=${east.id}`, { as: callers.salesHead });
    expect(own.body.items.map((i: { id: string }) => i.id)).toEqual([north.id]);
    const scoped = await api.call('GET', `/customers/similar?name=${encodeURIComponent('宁波甬江港务')}`, { as: callers.eastStaff });
    expect(scoped.body.items.map((i: { id: string }) => i.id)).toEqual([east.id]);
  });

  it('gives at most ten, and none for a name with no core to compare', async () => {
    for (let i = 0; i < 12; i++) await create(`温州瓯越阀门${i}厂`);
    const many = await api.call('GET', `/customers/similar?name=${encodeURIComponent('温州瓯越阀门')}`, { as: callers.salesHead });
    expect(many.body.items).toHaveLength(10);
    for (const name of ['公司', '有限公司', '集团有限公司']) {
      const none = await api.call('GET', `/customers/similar?name=${encodeURIComponent(name)}`, { as: callers.salesHead });
      expect(none.body.items, name).toEqual([]);
    }
  });

  it('needs a name', async () => {
    const res = await api.call('GET', '/customers/similar', { as: callers.salesHead });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['name']);
  });
});

describe('POST /customers with a near-duplicate name', () => {
  it('creates the customer and warns, naming the similar ones, in the caller’s language', async () => {
    const first = await create('苏州金鸡湖光电科技有限公司');
    const res = await api.call('POST', '/customers', { as: callers.eastStaff, body: body('苏州金鸡湖光电科技股份有限公司') });
    expect(res.status).toBe(201);
    expect(res.body.warnings).toEqual([
      {
        code: 'similar_names',
        message: '已有名称相近的客户：“苏州金鸡湖光电科技有限公司”。请确认不是同一家公司。',
        customers: [expect.objectContaining({ id: first.id, match: 'same-name' })],
      },
    ]);
    expect((await api.call('GET', `/customers/${res.body.id}`, { as: callers.eastStaff })).status).toBe(200);
    const en = await api.call('POST', '/customers', { as: callers.eastStaff, body: body('苏州金鸡湖光电科技'), headers: { 'accept-language': 'en' } });
    expect(en.body.warnings[0].message).toMatch(/^Customers with similar names already exist: /);
    expect(en.body.warnings[0].customers).toHaveLength(2);
  });

  it('answers an empty list of warnings for a new name', async () => {
    expect((await create('独一无二测试名称有限公司')).warnings).toEqual([]);
  });
});

describe('GET /customers parameters', () => {
  it('names every bad parameter, in both languages', async () => {
    const zh = await api.call('GET', '/customers?sort=size&order=up&stale=maybe&creditRating=A%2FB&kind=x&colour=red', { as: callers.salesHead });
    expect(zh.status).toBe(400);
    expect(Object.keys(zh.body.error.fields).sort()).toEqual(['colour', 'creditRating', 'kind', 'order', 'sort', 'stale']);
    expect(zh.body.error.fields.colour).toBe('不认识的字段。');
    const en = await api.call('GET', '/customers?sort=size', { as: callers.salesHead, headers: { 'accept-language': 'en' } });
    expect(en.body.error).toMatchObject({ code: 'validation_failed', message: 'The request has errors; see the fields named.', fields: { sort: 'Choose one of the options.' } });
  });

  it('refuses a bad cursor with 400', async () => {
    const res = await api.call('GET', '/customers?sort=annualAmount&cursor=eyJ2IjoxfQ', { as: callers.salesHead });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_cursor');
  });

  it('searches by phone and answers summaries without contacts', async () => {
    const c = await create('电话搜索测试有限公司', callers.eastStaff, { contacts: [{ name: '李', phone: '0571-87654321' }] });
    const res = await api.call('GET', `/customers?q=${encodeURIComponent('0571 8765 4321')}`, { as: callers.salesHead });
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([c.id]);
    expect(res.body.items[0]).not.toHaveProperty('contacts');
  });
});
