import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { isStale } from '../../shared/archive-freshness';
import { normalizeChinaPhone } from '../../shared/phone';
import { defaultCreditGrades } from '../../shared/credit-grades';
import { customerKinds, tiers, type Customer, type CustomerListQuery, type CustomerSortField } from '../../shared/schemas/customer.schema';
import { searchText } from '../../shared/search-text';
import { nameSortKey } from '../../shared/names/name-sort-key';
import { DomainError } from '../../functions/core/errors';
import type { Principal } from '../../functions/core/principal';
import { keys } from '../../functions/core/keys';
import { CustomerFinder } from '../../functions/core/repositories/customer-finder.repository';
import { MergedReader, ReadBudget, prefixRange } from '../../functions/core/repositories/merged-query';
import { deleteCustomer } from '../../functions/customers/use-cases/delete-customer';
import { listCustomers } from '../../functions/customers/use-cases/list-customers';
import { restoreCustomer } from '../../functions/customers/use-cases/restore-customer';
import { updateCustomer } from '../../functions/customers/use-cases/update-customer';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const table = testTable();
/** Today, for the stale filter: customers created in 2024 and never verified are stale by now. */
const now = new Date('2026-11-27T04:00:00.000Z');
const deps = { ...table.deps, now: () => now };

const places = ['杭州', '上海', '北京', '深圳', '南京', '宁波'];
const cores = ['西溪云数', '紫金新材', '港城物流', '滨海重工', '星海港口', '鹭岛海洋', '庐阳智能', '瓯海鞋业'];
const trades = ['信息技术', '科技', '贸易', '实业'];
const endings = ['有限公司', '股份有限公司', '集团有限公司'];
const units = ['east', 'north', 'south'] as const;
const ownersOf = { east: ['east.staff', 'east.staff2'], north: ['north.staff'], south: ['south.staff'] } as const;
/** A name longer than the indexed bigrams allow, with text found only at its end. */
const longTail = '尾部独有的字样';
const longName = `中华人民共和国上海市浦东新区张江高科技园区某某某某生物医药研究开发中心${longTail}有限公司`;

/** 72 customers spread over every unit, tier, kind, rating, freshness and amount, each with phones. */
function dataset(): Customer[] {
  return Array.from({ length: 72 }, (_, i) => {
    const unitId = units[i % 3]!;
    const owners = ownersOf[unitId];
    const name = i === 70 ? longName : i === 71 ? 'ＡＢＣ（杭州）科技有限公司' : `${places[i % 6]}${cores[(i * 5) % 8]}${trades[i % 4]}${endings[i % 3]}`;
    return {
      id: `c${String(i).padStart(3, '0')}`,
      name,
      creditCode: newCreditCode(),
      kind: customerKinds[(i >> 2) % 3]!,
      tier: tiers[(i >> 1) % 4]!,
      annualAmountFen: ((i * 7919) % 1000) * 10_000,
      creditRating: defaultCreditGrades[i % 5]!,
      unitId,
      ownerId: i % 7 === 0 ? 'sales.zhang' : owners[i % owners.length]!,
      contacts: [
        { name: '王丽华', phone: `1380000${String(i).padStart(4, '0')}`, primary: true },
        ...(i % 4 === 0 ? [{ name: '前台', phone: `0571-8800${String(i).padStart(4, '0')}` }] : []),
      ],
      notes: '',
      createdAt: '2024-01-15T02:00:00.000Z',
      updatedAt: new Date(Date.UTC(2026, 0, 1, i % 24, i)).toISOString(),
      createdBy: 'seed',
      updatedBy: 'seed',
      version: 1,
      // A quarter never verified (stale), a quarter verified long ago (stale), the rest recently (fresh).
      ...(i % 4 === 0 ? {} : { lastVerifiedAt: i % 4 === 1 ? '2025-06-01T02:00:00.000Z' : '2026-09-01T02:00:00.000Z' }),
    };
  });
}

let customers: Customer[] = [];

beforeAll(async () => {
  await seedStaff();
  customers = dataset();
  for (const c of customers) await deps.customers.create(c);
});

// ---- the expectations, computed here from the data, independently of the indexes ----

const rank = { vip: 1, key: 2, general: 3, reserve: 4 } as const;
const byText = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
/** Pinyin first (issue 13), then the name's bytes: the name indexes' order. */
const byName = (a: Customer, b: Customer) => byText(nameSortKey(a.name), nameSortKey(b.name)) || byText(a.name, b.name) || byText(a.id, b.id);
const comparators: Record<CustomerSortField, (a: Customer, b: Customer) => number> = {
  name: byName,
  tier: (a, b) => rank[a.tier] - rank[b.tier] || byName(a, b),
  annualAmount: (a, b) => a.annualAmountFen - b.annualAmountFen || byText(a.id, b.id),
  updatedAt: (a, b) => byText(a.updatedAt, b.updatedAt) || byText(a.id, b.id),
};
const defaultDescending: Record<CustomerSortField, boolean> = { name: false, tier: false, annualAmount: true, updatedAt: true };

function expected(query: Partial<CustomerListQuery>, caller: Principal, pool: Customer[] = customers): string[] {
  const sort = query.sort ?? 'name';
  const descending = query.order ? query.order === 'desc' : defaultDescending[sort];
  const q = query.q ? searchText(query.q) : undefined;
  const phone = query.q ? normalizeChinaPhone(query.q) : undefined;
  return pool
    .filter((c) => !c.deletedAt)
    .filter((c) => !caller.unitId || c.unitId === caller.unitId)
    .filter((c) => !query.unitId || c.unitId === query.unitId)
    .filter((c) => !query.ownerId || c.ownerId === query.ownerId)
    .filter((c) => !query.tier || c.tier === query.tier)
    .filter((c) => !query.kind || c.kind === query.kind)
    .filter((c) => !query.creditRating || c.creditRating === query.creditRating)
    .filter((c) => query.stale === undefined || isStale(c, now, 12) === query.stale)
    .filter((c) => (phone ? c.contacts.some((x) => x.phone && normalizeChinaPhone(x.phone) === phone) : !q || searchText(c.name).includes(q)))
    .sort((a, b) => comparators[sort](a, b) * (descending ? -1 : 1))
    .map((c) => c.id);
}

/** Every page of a query, in order; fails on an id seen twice (a repeat) and on too many pages. */
async function allPages(query: Partial<CustomerListQuery>, caller: Principal = callers.salesHead, d = deps): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 200; pages++) {
    const page = await listCustomers(d, { limit: 7, ...query, cursor }, caller);
    for (const item of page.items) {
      expect(ids, `repeated ${item.id}`).not.toContain(item.id);
      expect(item).not.toHaveProperty('contacts');
      ids.push(item.id);
    }
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  throw new Error('too many pages');
}

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('the list in every order', () => {
  const sorts: CustomerSortField[] = ['name', 'tier', 'annualAmount', 'updatedAt'];
  for (const sort of sorts) {
    for (const order of ['asc', 'desc'] as const) {
      it(`sorts by ${sort} ${order}, page after page, nothing skipped or repeated`, async () => {
        const query = { sort, order };
        expect(await allPages(query)).toEqual(expected(query, callers.salesHead));
      });
    }
    it(`sorts a unit user’s list by ${sort} within their unit, in the default order`, async () => {
      expect(await allPages({ sort }, callers.northStaff)).toEqual(expected({ sort }, callers.northStaff));
    });
  }

  it('gives the first page of the main list in name order', async () => {
    const page = await listCustomers(deps, { limit: 20 }, callers.salesHead);
    expect(page.items.map((c) => c.id)).toEqual(expected({}, callers.salesHead).slice(0, 20));
    expect(page.nextCursor).not.toBeNull();
  });
});

describe('filters', () => {
  const cases: Partial<CustomerListQuery>[] = [
    { tier: 'vip' },
    { tier: 'reserve', sort: 'tier', order: 'desc' },
    { kind: 'service' },
    { unitId: 'south' },
    { ownerId: 'sales.zhang' },
    { ownerId: 'east.staff2', sort: 'updatedAt' },
    { creditRating: 'AAA' },
    { stale: true },
    { stale: false, sort: 'annualAmount' },
    { unitId: 'east', tier: 'key' },
    { unitId: 'east', tier: 'key', sort: 'annualAmount' },
    { unitId: 'north', kind: 'potential', creditRating: 'B' },
    { tier: 'general', stale: true, sort: 'updatedAt', order: 'asc' },
  ];
  it.each(cases)('%o finds exactly the matching customers, in order', async (query) => {
    const want = expected(query, callers.salesHead);
    expect(want.length).toBeGreaterThan(0);
    expect(await allPages(query)).toEqual(want);
  });

  it.each(cases)('%o for a unit user stays within their unit', async (query) => {
    expect(await allPages(query, callers.eastStaff)).toEqual(expected({ ...query, unitId: query.unitId ?? 'east' }, callers.eastStaff));
  });
});

describe('searching by part of the name', () => {
  it.each(['紫金新材', '港城', '深圳滨海', '集团有限', '杭州西溪云数信息技术有限公司'])('finds exactly the names containing %s, across pages', async (q) => {
    const want = expected({ q }, callers.salesHead);
    expect(want.length).toBeGreaterThan(0);
    expect(await allPages({ q, limit: 2 })).toEqual(want);
    expect(await allPages({ q, order: 'desc', limit: 3 })).toEqual(expected({ q, order: 'desc' }, callers.salesHead));
  });

  it('finds text at the end of a name longer than the indexed bigrams', async () => {
    expect(await allPages({ q: longTail })).toEqual(['c070']);
    expect(await allPages({ q: '开发中心尾部' })).toEqual(['c070']);
  });

  it('ignores width, bracket shape and spaces in the name and in the query', async () => {
    expect(await allPages({ q: 'abc(杭州' })).toEqual(['c071']);
    expect(await allPages({ q: 'ＡＢＣ【杭州】' })).toEqual(['c071']);
    expect(await allPages({ q: ' 紫金 新材 ' })).toEqual(expected({ q: '紫金新材' }, callers.salesHead));
  });

  it('reads one character with a filtered read, with a cursor', async () => {
    const want = expected({ q: '鹭' }, callers.salesHead);
    expect(want.length).toBeGreaterThan(3);
    expect(await allPages({ q: '鹭', limit: 2 })).toEqual(want);
  });

  it('combines with filters and with other orders', async () => {
    for (const query of [
      { q: '港口', tier: 'general' },
      { q: '物流', unitId: 'north' },
      { q: '海', sort: 'annualAmount' },
      { q: '科技', stale: true, kind: 'main-business' },
      { q: '星海', sort: 'updatedAt', order: 'asc' },
    ] as Partial<CustomerListQuery>[]) {
      expect(await allPages(query), JSON.stringify(query)).toEqual(expected(query, callers.salesHead));
    }
  });

  it('finds nothing for text no name contains', async () => {
    expect(await listCustomers(deps, { q: '不存在的名字', limit: 20 }, callers.salesHead)).toEqual({ items: [], nextCursor: null });
  });

  it('shows a unit user only their unit’s matches', async () => {
    for (const q of ['紫金新材', '港城', '鹭']) {
      const found = await allPages({ q }, callers.eastStaff);
      expect(found).toEqual(expected({ q }, callers.eastStaff));
      expect(found.every((id) => customers.find((c) => c.id === id)!.unitId === 'east')).toBe(true);
    }
    expect(await listCustomers(deps, { q: '港城', unitId: 'north', limit: 20 }, callers.eastStaff)).toEqual({ items: [], nextCursor: null });
  });
});

describe('a name query of exactly two characters', () => {
  it('reads its bigram’s entries a page at a time without the filter, the long names still filtered, and finds the same', async () => {
    const sent: Record<string, unknown>[] = [];
    const pkOf = (q: Record<string, unknown>) => {
      const v = (q.ExpressionAttributeValues as Record<string, unknown>)[':pk'];
      return typeof v === 'string' ? v : (v as { S: string }).S;
    };
    // A look at what is sent, on the real client and table (issue 15: the page size is the point).
    table.client.middlewareStack.add(
      (next) => async (args) => {
        if ('KeyConditionExpression' in (args.input as object)) sent.push({ ...(args.input as Record<string, unknown>) });
        return next(args);
      },
      { step: 'initialize', name: 'recordQueries' },
    );
    try {
      const page = await listCustomers(deps, { q: '港城', limit: 3 }, callers.salesHead);
      expect(page.items.map((i) => i.id)).toEqual(expected({ q: '港城' }, callers.salesHead).slice(0, 3));
      const gram = sent.filter((q) => pkOf(q) === 'GRAM#港城');
      expect(gram.length).toBeGreaterThan(0);
      for (const q of gram) {
        expect(q.FilterExpression).toBeUndefined();
        expect(q.Limit).toBeLessThanOrEqual(4);
      }
      expect(sent.find((q) => pkOf(q) === 'LONGNAME')?.FilterExpression).toContain('contains');
      sent.length = 0;
      await listCustomers(deps, { q: '港城物', limit: 3 }, callers.salesHead);
      expect(sent.filter((q) => q.FilterExpression === undefined)).toEqual([]);
    } finally {
      table.client.middlewareStack.remove('recordQueries');
    }
  });
});

describe('what one list request reads', () => {
  /** The commands `run` sends through the real client, by name. */
  async function commandsOf(run: () => Promise<unknown>): Promise<string[]> {
    const names: string[] = [];
    table.client.middlewareStack.add(
      (next, context) => async (args) => {
        names.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'recordCommands' },
    );
    try {
      await run();
    } finally {
      table.client.middlewareStack.remove('recordCommands');
    }
    return names;
  }

  it('reads the staleness period only when the request filters by it, so a list is one Query', async () => {
    await deps.units.codes(); // the unit list is cached for seconds; what is counted is the request's own reads
    expect(await commandsOf(() => listCustomers(deps, { limit: 5 }, callers.salesHead))).toEqual(['QueryCommand']);
    expect(await commandsOf(() => listCustomers(deps, { limit: 5, unitId: 'east', tier: 'key' }, callers.salesHead))).toEqual(['QueryCommand']);
    expect(await commandsOf(() => listCustomers(deps, { limit: 5, stale: true }, callers.salesHead))).toContain('GetItemCommand');
  });
});

describe('searching by phone', () => {
  it.each(['138 0000 0012', '13800000012', '+86 138-0000-0012'])('finds a customer by its contact’s mobile written as %s', async (q) => {
    expect(await allPages({ q })).toEqual(['c012']);
  });

  it('finds a landline with or without its dash', async () => {
    expect(await allPages({ q: '0571-88000016' })).toEqual(['c016']);
    expect(await allPages({ q: '057188000016' })).toEqual(['c016']);
  });

  it('finds every customer sharing a number, in scope, and shows no contacts', async () => {
    const shared = '0571-12345678';
    const extra = dataset().slice(0, 3).map((c, i) => ({ ...c, id: `p${i}`, name: `共享电话客户${i}有限公司`, creditCode: newCreditCode(), contacts: [{ name: '总机', phone: shared }] }));
    for (const c of extra) await deps.customers.create(c);
    expect(await allPages({ q: shared, limit: 1 })).toEqual(['p0', 'p1', 'p2']);
    expect(await allPages({ q: shared }, callers.eastStaff)).toEqual(['p0']);
    const page = await listCustomers(deps, { q: shared, limit: 20 }, callers.salesHead);
    expect(page.items.every((c) => !('contacts' in c))).toBe(true);
  });

  it('never finds another unit’s customer for a unit user', async () => {
    expect(customers[13]!.unitId).toBe('north');
    expect(await allPages({ q: '13800000013' }, callers.eastStaff)).toEqual([]);
    expect(await allPages({ q: '13800000013' }, callers.northStaff)).toEqual(['c013']);
  });
});

describe('search follows every change', () => {
  it('finds a renamed customer by its new name only, and a changed phone by the new number only', async () => {
    const c = { ...dataset()[5]!, id: 'r1', name: '旧名字甲乙丙有限公司', creditCode: newCreditCode(), contacts: [{ name: '甲', phone: '13911110000' }] };
    await deps.customers.create(c);
    expect(await allPages({ q: '甲乙丙' })).toEqual(['r1']);
    await updateCustomer(deps, 'r1', { name: '新名字丁戊己有限公司', contacts: [{ name: '甲', phone: '13922220000' }] }, 1, callers.salesHead);
    expect(await allPages({ q: '甲乙丙' })).toEqual([]);
    expect(await allPages({ q: '旧名字' })).toEqual([]);
    expect(await allPages({ q: '丁戊己' })).toEqual(['r1']);
    expect(await allPages({ q: '13911110000' })).toEqual([]);
    expect(await allPages({ q: '13922220000' })).toEqual(['r1']);
  });

  it('moves a customer’s entries with it to another unit', async () => {
    const c = { ...dataset()[3]!, id: 'm1', unitId: 'east' as const, ownerId: 'east.staff', name: '搬迁测试庚辛有限公司', creditCode: newCreditCode(), contacts: [{ name: '乙', phone: '13933330000' }] };
    await deps.customers.create(c);
    expect(await allPages({ q: '庚辛' }, callers.eastStaff)).toEqual(['m1']);
    await updateCustomer(deps, 'm1', { unitId: 'north', ownerId: 'north.staff' }, 1, callers.salesHead);
    expect(await allPages({ q: '庚辛' }, callers.eastStaff)).toEqual([]);
    expect(await allPages({ q: '13933330000' }, callers.eastStaff)).toEqual([]);
    expect(await allPages({ q: '庚辛' }, callers.northStaff)).toEqual(['m1']);
    expect(await allPages({ q: '13933330000' }, callers.northStaff)).toEqual(['m1']);
  });

  it('finds nothing of a customer in the recycle bin, and finds it again once restored', async () => {
    const c = { ...dataset()[9]!, id: 'b1', name: '回收站壬癸测试有限公司', creditCode: newCreditCode(), contacts: [{ name: '丙', phone: '13944440000' }] };
    await deps.customers.create(c);
    await deleteCustomer(deps, 'b1', 1, callers.salesHead);
    for (const query of [{ q: '壬癸' }, { q: '13944440000' }, { q: '癸' }, { q: '壬癸', sort: 'annualAmount' as const }]) {
      expect(await allPages(query), JSON.stringify(query)).toEqual([]);
    }
    expect(await allPages({ sort: 'updatedAt' })).not.toContain('b1');
    // Not merely filtered out when read: the bin holds no search entries at all.
    expect(await entriesOf('b1', ['GRAM#壬癸', 'PHONE#east#13944440000'])).toEqual([]);
    await restoreCustomer(deps, 'b1', callers.salesHead);
    expect(await entriesOf('b1', ['GRAM#壬癸', 'PHONE#east#13944440000'])).toHaveLength(2);
    expect(await allPages({ q: '壬癸' })).toEqual(['b1']);
    expect(await allPages({ q: '13944440000' })).toEqual(['b1']);
  });
});

describe('pages cut short by the read budget', () => {
  // A budget of one round and two items a read: most pages end early, yet together they are complete.
  const tight = { ...deps, finder: new CustomerFinder(table.client, table.tableName, { readBudget: 0, filteredPageSize: 2 }) };

  it.each([
    { kind: 'service', stale: true },
    { q: '海', tier: 'vip' },
    { q: '鹭' },
    { q: '港城', kind: 'service' },
    { creditRating: 'C', sort: 'annualAmount' },
  ] as Partial<CustomerListQuery>[])('%o still finds every match once, in order', async (query) => {
    expect(await allPages(query, callers.salesHead, tight)).toEqual(expected(query, callers.salesHead, await current()));
  });
});

/** The search entries of a customer in the given partitions, read straight from the table. */
async function entriesOf(customerId: string, partitions: string[]) {
  const found = [];
  for (const pk of partitions) {
    const out = await table.client.send(new QueryCommand({ TableName: table.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk } }));
    found.push(...(out.Items ?? []).filter((i) => i.customerId === customerId));
  }
  return found;
}

/** The dataset as stored now (after the change tests), for expectations over everything. */
async function current(): Promise<Customer[]> {
  const ids = [...customers.map((c) => c.id), 'p0', 'p1', 'p2', 'r1', 'm1', 'b1'];
  return (await deps.finder.getMany(ids)).filter((c): c is Customer => !!c);
}

describe('reading a sort-key range in several calls', () => {
  it('stays within the range on every call, and resumes after a cursor inside it', async () => {
    const spec = { streams: [{ ...keys.customerPartitions.unitByTier('east'), range: prefixRange(keys.tierSortPrefix('key')) }], descending: false };
    const read = async (after?: string) => {
      const reader = new MergedReader(table.client, table.tableName, spec, after, new ReadBudget(100), () => 2);
      const out: string[] = [];
      for (let e = await reader.next(); typeof e !== 'string'; e = await reader.next()) out.push(String(e.item.id));
      return out;
    };
    const want = customers
      .filter((c) => c.unitId === 'east' && c.tier === 'key')
      .sort(comparators.tier)
      .map((c) => c.id);
    expect(want.length).toBeGreaterThan(4);
    expect(await read()).toEqual(want);
    const second = customers.find((c) => c.id === want[1])!;
    expect(await read(keys.customerIndexes(second).GSI5SK)).toEqual(want.slice(2));
  });
});

describe('cursors', () => {
  it('refuses one that is not a cursor', async () => {
    expect((await rejection(listCustomers(deps, { limit: 5, cursor: 'not-a-cursor' }, callers.salesHead))).code).toBe('invalid_cursor');
    const forged = Buffer.from(JSON.stringify({ v: 'x', a: 'y' })).toString('base64url');
    expect((await rejection(listCustomers(deps, { limit: 5, cursor: forged }, callers.salesHead))).code).toBe('invalid_cursor');
  });

  it('refuses one from another list: another order, unit, or search', async () => {
    const byAmount = await listCustomers(deps, { sort: 'annualAmount', limit: 5 }, callers.salesHead);
    expect((await rejection(listCustomers(deps, { sort: 'updatedAt', limit: 5, cursor: byAmount.nextCursor! }, callers.salesHead))).code).toBe('invalid_cursor');
    expect((await rejection(listCustomers(deps, { sort: 'annualAmount', order: 'asc', limit: 5, cursor: byAmount.nextCursor! }, callers.salesHead))).code).toBe(
      'invalid_cursor',
    );
    const north = await listCustomers(deps, { sort: 'tier', limit: 2 }, callers.northStaff);
    expect((await rejection(listCustomers(deps, { sort: 'tier', limit: 2, cursor: north.nextCursor! }, callers.eastStaff))).code).toBe('invalid_cursor');
    const search = await listCustomers(deps, { q: '港城', limit: 1 }, callers.salesHead);
    expect((await rejection(listCustomers(deps, { limit: 1, cursor: search.nextCursor! }, callers.salesHead))).code).toBe('invalid_cursor');
  });

  it('refuses a position outside the range it belongs to', async () => {
    const vip = await listCustomers(deps, { unitId: 'east', tier: 'vip', limit: 1 }, callers.salesHead);
    const decoded = JSON.parse(Buffer.from(vip.nextCursor!, 'base64url').toString('utf8')) as { v: string; a: string };
    const outside = Buffer.from(JSON.stringify({ ...decoded, a: '4#zzz' })).toString('base64url');
    expect((await rejection(listCustomers(deps, { unitId: 'east', tier: 'vip', limit: 1, cursor: outside }, callers.salesHead))).code).toBe('invalid_cursor');
  });
});

describe('an exact credit code', () => {
  it('finds its customer within scope only', async () => {
    const north = customers[1]!;
    expect((await listCustomers(deps, { q: north.creditCode, limit: 5 }, callers.salesHead)).items.map((c) => c.id)).toEqual([north.id]);
    expect((await listCustomers(deps, { q: north.creditCode, limit: 5 }, callers.eastStaff)).items).toEqual([]);
  });
});
