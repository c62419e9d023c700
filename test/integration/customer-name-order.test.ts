import { beforeAll, describe, expect, it } from 'vitest';
import type { Customer, CustomerListQuery } from '../../shared/schemas/customer.schema';
import { listCustomers } from '../../functions/customers/use-cases/list-customers';
import type { Principal } from '../../functions/core/principal';
import { CustomerNameRepository } from '../../functions/core/repositories/customer-names.repository';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { deps, client, tableName } = testTable();

/**
 * In pinyin order, as people expect it; by character code 周 (U+5468) and 长 (U+957F) would come before
 * 阿 (U+963F). 重 is read by its most common reading, zhong (shared/names/name-sort-key.ts), as ICU does.
 * 蔺 (lin) and 亓 (qi) are less common characters (GB2312 level 2): among the others by pinyin, not after.
 */
const inPinyinOrder = [
  '阿里巴巴科技', '安娜贸易', '北京甲有限公司', '长城汽车', '客户9号', '客户10号', '林海木业', '拎包贸易', '蔺氏家具',
  '刘记餐饮', '七星电器', '亓官酒业', '恰恰食品', '重庆钢铁', '周婷工作室', 'Alpha Ltd', 'beta GmbH',
];

const customer = (i: number, name: string): Customer => ({
  id: `n${String(i).padStart(2, '0')}`,
  name,
  creditCode: newCreditCode(),
  kind: 'main-business',
  tier: i % 2 ? 'key' : 'general',
  annualAmountFen: 0,
  creditRating: 'AA',
  unitId: 'east',
  ownerId: 'east.staff',
  contacts: [{ name: '王丽华', phone: '13900001111', primary: true }],
  notes: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'east.staff',
  updatedBy: 'east.staff',
  version: 1,
});

beforeAll(async () => {
  await seedStaff();
  // Written in an order unlike either the pinyin or the character-code one.
  const shuffled = inPinyinOrder.map((name, i) => customer(i, name)).sort((a, b) => (a.id.charCodeAt(2) % 3) - (b.id.charCodeAt(2) % 3));
  for (const c of shuffled) await deps.customers.create(c);
});

/** The names of every page, two customers a page, following the cursors. */
async function names(query: Partial<CustomerListQuery>, caller: Principal): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 20; pages++) {
    const page = await listCustomers(deps, { limit: 2, ...query, cursor }, caller);
    out.push(...page.items.map((c) => c.name));
    if (!page.nextCursor) return out;
    cursor = page.nextCursor;
  }
  throw new Error('too many pages');
}

describe('the customer list sorted by name, from DynamoDB, page after page', () => {
  it('comes in pinyin order across pages, for Sales (all customers) and for the unit (its own index)', async () => {
    expect([...inPinyinOrder].sort()).not.toEqual(inPinyinOrder);
    expect(await names({}, callers.salesHead)).toEqual(inPinyinOrder);
    expect(await names({}, callers.eastStaff)).toEqual(inPinyinOrder);
    expect(await names({ order: 'desc' }, callers.salesHead)).toEqual([...inPinyinOrder].reverse());
  });

  it('keeps pinyin order by owner, by tier and within a tier', async () => {
    expect(await names({ ownerId: 'east.staff' }, callers.salesHead)).toEqual(inPinyinOrder);
    expect(await names({ tier: 'key' }, callers.salesHead)).toEqual(inPinyinOrder.filter((_, i) => i % 2));
    expect(await names({ tier: 'general' }, callers.eastStaff)).toEqual(inPinyinOrder.filter((_, i) => i % 2 === 0));
    expect(await names({ sort: 'tier' }, callers.salesHead)).toEqual([...inPinyinOrder.filter((_, i) => i % 2), ...inPinyinOrder.filter((_, i) => i % 2 === 0)]);
  });

  it('gives search results (by part of the name, by phone) in the same order', async () => {
    expect(await names({ q: '公司' }, callers.salesHead)).toEqual(['北京甲有限公司']);
    expect(await names({ q: '客户' }, callers.salesHead)).toEqual(['客户9号', '客户10号']);
    expect(await names({ q: '139 0000 1111' }, callers.salesHead)).toEqual(inPinyinOrder);
  });
});

describe('the customers whose name starts with a text (the near-duplicate lookup of an import)', () => {
  it('finds those of the same characters or homophones, not those of a less common character filed after its last one', async () => {
    const names = new CustomerNameRepository(client, tableName);
    // 拎's key (31661) begins 蔺's (31661x0563), which sorts right after it: a prefix read by begins_with took both.
    expect((await names.startingWith('拎')).map((c) => c.name)).toEqual(['拎包贸易']);
    expect((await names.startingWith('蔺氏')).map((c) => c.name)).toEqual(['蔺氏家具']);
    expect((await names.startingWith('客户')).map((c) => c.name)).toEqual(['客户9号', '客户10号']);
  });
});
