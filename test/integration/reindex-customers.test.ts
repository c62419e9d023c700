import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/schemas/customer.schema';
import { gbOrderNameSortKey, nameSortKey } from '../../shared/names/name-sort-key';
import { table } from '../../shared/table';
import { createDocumentClient } from '../../functions/core/dynamo';
import { keys } from '../../functions/core/keys';
import { customerItem } from '../../functions/core/repositories/customer.repository';
import { searchItems } from '../../functions/core/repositories/customer-search-items';
import { searchText } from '../../shared/search-text';
import { nameGrams } from '../../functions/core/search/name-bigrams';
import { customerDeps } from '../../functions/customers/deps';
import { listCustomers } from '../../functions/customers/use-cases/list-customers';
import { reindexCustomers } from '../../functions/jobs/reindex-customers/reindex-customers';
import { unitDeps } from '../../functions/units/deps';
import { seedFirstUnits } from '../../functions/units/use-cases/units';
import { ensureTable } from '../../infra/local/create-table';
import type { Principal } from '../../functions/core/principal';
import { callers } from '../support/principals';

const raw = new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT, region: 'cn-north-1', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } });
const client = createDocumentClient(process.env.DYNAMODB_ENDPOINT);

/** Created yesterday, never verified: fresh, so the stale filter has something to show. */
const yesterday = new Date(Date.now() - 86_400_000).toISOString();
const customer = (id: string, name: string, extra: Partial<Customer> = {}): Customer => ({
  id, name, creditCode: `X${id}`, kind: 'service', tier: 'key', annualAmountFen: 500_000_00, creditRating: 'AA', unitId: 'east',
  ownerId: 'east.staff', contacts: [{ name: '老客户', phone: '13712345678' }], notes: '', createdAt: yesterday,
  updatedAt: '2026-01-01T00:00:00.000Z', createdBy: 'x', updatedBy: 'x', version: 1, ...extra,
});

/** A table as it was before issue 3: GSI1–GSI4 only, customers written with those index attributes only. */
async function tableOfBefore(): Promise<string> {
  const name = `before-${randomUUID()}`;
  const old = table.indexes.slice(0, 4);
  await raw.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: ['PK', 'SK', ...old.flatMap((i) => [i.partitionKey, i.sortKey])].map((a) => ({ AttributeName: a, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: 'PK', KeyType: 'HASH' },
        { AttributeName: 'SK', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: old.map((i) => ({
        IndexName: i.name,
        KeySchema: [
          { AttributeName: i.partitionKey, KeyType: 'HASH' },
          { AttributeName: i.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
  return name;
}

describe('a table from before the search indexes', () => {
  it('gets the missing indexes, and after the reindex every customer is found by every order and search', async () => {
    const tableName = await tableOfBefore();
    const live = customer('old1', '老数据紫藤实业有限公司');
    const binned = customer('old2', '老数据紫藤回收有限公司', { deletedAt: '2026-02-01T00:00:00.000Z', deletedBy: 'x' });
    for (const c of [live, binned]) {
      const { GSI5PK: _5, GSI5SK: _5s, GSI6PK: _6, GSI6SK: _6s, GSI7PK: _7, GSI7SK: _7s, ...before } = { ...keys.customerIndexes(c) } as Record<string, string>;
      await client.send(new PutCommand({ TableName: tableName, Item: { ...keys.customer(c.id), ...before, type: 'customer', ...c } }));
    }

    expect((await ensureTable(raw, tableName)).addedIndexes).toEqual(['GSI5', 'GSI6', 'GSI7']);
    expect((await ensureTable(raw, tableName)).addedIndexes).toEqual([]);
    // Like every table of the twin: the first business units as records.
    await seedFirstUnits(unitDeps(client, tableName));

    const deps = customerDeps(client, tableName);
    const list = (q: Parameters<typeof listCustomers>[1]) => listCustomers(deps, q, callers.salesHead).then((p) => p.items.map((c) => c.id));
    expect(await list({ q: '紫藤', limit: 10 })).toEqual([]);

    expect(await reindexCustomers(client, tableName, 2)).toEqual({ customers: 2, rewritten: 2, changedMeanwhile: 0 });
    expect(await list({ q: '紫藤', limit: 10 })).toEqual(['old1']);
    expect(await list({ q: '137 1234 5678', limit: 10 })).toEqual(['old1']);
    expect(await list({ sort: 'annualAmount', limit: 10 })).toEqual(['old1']);
    expect(await list({ sort: 'tier', tier: 'key', limit: 10 })).toEqual(['old1']);
    expect(await list({ stale: false, limit: 10 })).toEqual(['old1']);
    // Rerunning changes nothing.
    expect(await reindexCustomers(client, tableName, 2)).toEqual({ customers: 2, rewritten: 2, changedMeanwhile: 0 });
    expect(await list({ q: '紫藤', limit: 10 })).toEqual(['old1']);
  });
});

describe('a table with the per-unit name entries of before issue 15', () => {
  it('moves them to the company-wide layout: found by a Sales head and by the unit, the old entries deleted', async () => {
    const tableName = `legacy-${randomUUID()}`;
    await ensureTable(raw, tableName);
    await seedFirstUnits(unitDeps(client, tableName));
    // A long name (more distinct bigrams than are indexed) also had an overflow entry.
    const long = customer('leg2', `旧版长名称${'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'}贸易有限公司`);
    const short = customer('leg1', '旧版青檀化工有限公司');
    const legacy = (c: Customer) => {
      const { bigrams, overflow } = nameGrams(c.name);
      return keys.legacyNameEntries(c.unitId, bigrams, overflow, c.name, c.id);
    };
    expect(nameGrams(long.name).overflow).toBe(true);
    for (const c of [short, long]) {
      await client.send(new PutCommand({ TableName: tableName, Item: customerItem(c) }));
      for (const k of legacy(c)) {
        await client.send(new PutCommand({ TableName: tableName, Item: { ...k, type: 'customer-search', customerId: c.id, searchName: searchText(c.name) } }));
      }
    }
    const deps = customerDeps(client, tableName);
    const list = (q: string, who: Principal) => listCustomers(deps, { q, limit: 10 }, who).then((p) => p.items.map((c) => c.id));
    expect(await list('青檀', callers.salesHead)).toEqual([]);

    await reindexCustomers(client, tableName, 2);
    for (const who of [callers.salesHead, callers.eastStaff]) {
      expect(await list('青檀', who)).toEqual(['leg1']);
      // Text past the indexed bigrams: only the overflow entry finds it.
      expect(await list('酉戌亥贸', who)).toEqual(['leg2']);
    }
    expect(await list('青檀', callers.northStaff)).toEqual([]);
    for (const c of [short, long]) {
      for (const k of legacy(c)) {
        const out = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': k.PK } }));
        expect(out.Items ?? [], k.PK).toEqual([]);
      }
    }
  });
});

describe('a table with the customer indexes and search entries of before issue 13 (character-code order)', () => {
  it('puts them in pinyin order: the list page after page, searches each customer once, the old entries deleted', async () => {
    const tableName = `codeorder-${randomUUID()}`;
    await ensureTable(raw, tableName);
    await seedFirstUnits(unitDeps(client, tableName));
    const all = [customer('co1', '周氏贸易有限公司'), customer('co2', '阿里贸易有限公司'), customer('co3', '北京贸易有限公司')];
    const codeOrder = (name: string, id: string) => `${name}#${id}`;
    for (const c of all) {
      const item: Record<string, unknown> = customerItem(c);
      for (const sk of ['GSI1SK', 'GSI2SK', 'GSI3SK', 'GSI4SK']) item[sk] = codeOrder(c.name, c.id);
      item.GSI5SK = `2#${codeOrder(c.name, c.id)}`;
      await client.send(new PutCommand({ TableName: tableName, Item: item }));
      for (const e of searchItems(c)) {
        const old: Record<string, unknown> = { ...e, ...(e.PK.startsWith('CONTACTNAME#') ? {} : { SK: codeOrder(c.name, c.id) }) };
        for (const sk of ['GSI1SK', 'GSI2SK'] as const) if (e[sk]) old[sk] = codeOrder(c.name, c.id);
        await client.send(new PutCommand({ TableName: tableName, Item: old }));
      }
    }
    const deps = customerDeps(client, tableName);
    const pages = async (q: Partial<Parameters<typeof listCustomers>[1]>) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listCustomers(deps, { ...q, limit: 1, cursor }, callers.salesHead);
        ids.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return ids;
    };
    // Before: 北 (U+5317) < 周 (U+5468) < 阿 (U+963F), by character code.
    expect(await pages({})).toEqual(['co3', 'co1', 'co2']);
    // A customer edited after the release, before the reindex: its write knows only the new entries.
    await deps.customers.replace(all[0]!, { ...all[0]!, notes: '改过', version: 2 });

    expect(await reindexCustomers(client, tableName, 2)).toEqual({ customers: 3, rewritten: 3, changedMeanwhile: 0 });
    expect(await pages({})).toEqual(['co2', 'co3', 'co1']);
    expect(await pages({ q: '贸易' })).toEqual(['co2', 'co3', 'co1']);
    expect(await pages({ q: '137 1234 5678' })).toEqual(['co2', 'co3', 'co1']);
    expect(await pages({ sort: 'tier' })).toEqual(['co2', 'co3', 'co1']);
    for (const c of all) {
      const { bigrams, overflow } = nameGrams(c.name);
      for (const k of keys.earlierSearchEntries(undefined, c.unitId, bigrams, overflow, ['13712345678'], c.name, c.id)) {
        const out = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk AND SK = :sk', ExpressionAttributeValues: { ':pk': k.PK, ':sk': k.SK } }));
        expect(out.Items ?? [], `${k.PK} ${k.SK}`).toEqual([]);
      }
    }
  });
});

describe('a table with names of less common characters keyed before those were placed by pinyin', () => {
  it('moves them among the others: the list page after page, searches each customer once, the old entries deleted', async () => {
    const tableName = `gborder-${randomUUID()}`;
    await ensureTable(raw, tableName);
    await seedFirstUnits(unitDeps(client, tableName));
    // 蔺 (lin) is in GB2312's level 2, which used to follow all of level 1; 林 (lin) and 刘 (liu) are in level 1.
    const all = [customer('gb1', '蔺氏贸易有限公司'), customer('gb2', '刘氏贸易有限公司'), customer('gb3', '林氏贸易有限公司')];
    const earlier = (name: string, id: string) => `${gbOrderNameSortKey(name)}#${name}#${id}`;
    const current = (name: string, id: string) => `${nameSortKey(name)}#${name}#${id}`;
    for (const c of all) {
      const item: Record<string, unknown> = customerItem(c);
      for (const sk of ['GSI1SK', 'GSI2SK', 'GSI3SK', 'GSI4SK']) item[sk] = earlier(c.name, c.id);
      item.GSI5SK = `2#${earlier(c.name, c.id)}`;
      await client.send(new PutCommand({ TableName: tableName, Item: item }));
      for (const e of searchItems(c)) {
        const old: Record<string, unknown> = { ...e, ...(e.PK.startsWith('CONTACTNAME#') ? {} : { SK: earlier(c.name, c.id) }) };
        for (const sk of ['GSI1SK', 'GSI2SK'] as const) if (e[sk]) old[sk] = earlier(c.name, c.id);
        await client.send(new PutCommand({ TableName: tableName, Item: old }));
      }
    }
    const deps = customerDeps(client, tableName);
    const pages = async (q: Partial<Parameters<typeof listCustomers>[1]>) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listCustomers(deps, { ...q, limit: 1, cursor }, callers.salesHead);
        ids.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return ids;
    };
    expect(await pages({})).toEqual(['gb3', 'gb2', 'gb1']);

    expect(await reindexCustomers(client, tableName, 2)).toEqual({ customers: 3, rewritten: 3, changedMeanwhile: 0 });
    expect(await pages({})).toEqual(['gb3', 'gb1', 'gb2']);
    expect(await pages({ q: '贸易' })).toEqual(['gb3', 'gb1', 'gb2']);
    expect(await pages({ q: '蔺氏' })).toEqual(['gb1']);
    expect(await pages({ q: '137 1234 5678' })).toEqual(['gb3', 'gb1', 'gb2']);
    expect(await pages({ sort: 'tier' })).toEqual(['gb3', 'gb1', 'gb2']);
    const { bigrams, overflow } = nameGrams(all[0]!.name);
    const stale = keys.earlierSearchEntries(gbOrderNameSortKey(all[0]!.name), 'east', bigrams, overflow, ['13712345678'], all[0]!.name, 'gb1');
    expect(stale.length).toBeGreaterThan(0);
    for (const k of stale) {
      expect(k.SK).not.toBe(current(all[0]!.name, 'gb1'));
      const out = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk AND SK = :sk', ExpressionAttributeValues: { ':pk': k.PK, ':sk': k.SK } }));
      expect(out.Items ?? [], `${k.PK} ${k.SK}`).toEqual([]);
    }
  });
});
