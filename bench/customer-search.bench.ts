/**
 * Finding customers at scale (issue 3): loads N customers (default 100,000) with realistic Chinese names,
 * their index items and search entries into DynamoDB Local, then times, through the real use case
 * (`listCustomers`, a Sales head's view):
 * - list:     first page of all customers, sorted by name;
 * - filtered: first page of one unit's customers of one tier (unit + tier);
 * - name:     a search for part of a name (a company's brand, two characters, e.g. `鑫源`);
 * - phone:    a search for a contact's mobile, typed with spaces;
 * each as p50 and p95 ratios against a raw Query of one page (20 items of the all-customers index) on the
 * same table in the same run. Requests run one at a time (latency, not throughput), interleaved so
 * background noise hits every kind alike. `npm run bench -- customer-search [N] [rounds]`
 *
 * The seeded table is kept on disk (`.local/bench-cache/customer-search-<N>-<digest>/`, DynamoDB Local's
 * SQLite file) and reused by the next run with the same N and the same item-building code: 100,000
 * customers are 1.3 million items, most of half an hour to load on a busy machine. Delete the folder to
 * load afresh.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Customer, CustomerListQuery } from '../shared/schemas/customer.schema';
import { tiers } from '../shared/schemas/customer.schema';
import { seedUnits } from '../shared/units';
import { table } from '../shared/table';
import type { Principal } from '../functions/core/principal';
import { customerItem } from '../functions/core/repositories/customer.repository';
import { searchItems } from '../functions/core/repositories/customer-search-items';
import { companyNameGenerator, phonesFor, seededRandom } from './customer-names';
import { batchWrite, benchTable, ratio, seededTableDir } from './support';

const size = Number(process.argv[3] ?? 100_000);
const rounds = Number(process.argv[4] ?? 300);
const warmRounds = 50;
const pageSize = 20;

const unitIds = seedUnits.map((u) => u.code);

/** The benchmark's customers, the same on every run (a seeded generator), with the brand in each name and its phones. */
function* benchCustomers(count: number): Generator<{ customer: Customer; brand: string; phones: string[] }> {
  const random = seededRandom(20261127);
  const nextName = companyNameGenerator(random);
  const tierOf = (r: number) => (r < 0.02 ? 'vip' : r < 0.1 ? 'key' : r < 0.5 ? 'general' : 'reserve');
  const amountFor = (tier: string) =>
    Math.floor((tier === 'vip' ? 6_000_000_00 : tier === 'key' ? 1_000_000_00 : tier === 'general' ? 10_000_00 : 0) * (1 + random()));
  for (let i = 0; i < count; i++) {
    const { brand, name } = nextName();
    const tier = tierOf(random());
    const unitId = unitIds[i % unitIds.length]!;
    const created = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 3 * 365) * 86_400_000);
    const updated = new Date(created.getTime() + Math.floor(random() * 300) * 86_400_000);
    const phones = phonesFor(i, random);
    const customer: Customer = {
      id: `b${String(i).padStart(7, '0')}`,
      name,
      creditCode: `BENCH${i}`,
      kind: (['main-business', 'service', 'potential'] as const)[i % 3]!,
      tier: tier as Customer['tier'],
      annualAmountFen: amountFor(tier),
      creditRating: (['AAA', 'AA', 'A', 'B', 'C'] as const)[Math.floor(random() * 5)]!,
      unitId,
      ownerId: `${unitId}.sales${i % 25}`,
      contacts: phones.map((phone, k) => ({ name: k ? '前台' : '联系人', phone, primary: k === 0 })),
      notes: '',
      createdAt: created.toISOString(),
      updatedAt: updated.toISOString(),
      createdBy: 'bench',
      updatedBy: 'bench',
      version: 1,
      ...(random() < 0.6 ? { lastVerifiedAt: updated.toISOString() } : {}),
    };
    yield { customer, brand, phones };
  }
}

/** The same items the repository writes: the record with its index attributes, and its search entries. */
const itemsOf = (customer: Customer) => [customerItem(customer), ...searchItems(customer)];

// The kept table is the one these items make: the digest is of the first customers' items as the code
// writes them today, the table's definition and the units, so a change to what is written seeds afresh.
const sample = [...benchCustomers(Math.min(size, 500))].flatMap(({ customer }) => itemsOf(customer));
const cacheDir = seededTableDir('customer-search', size, JSON.stringify([table, seedUnits, sample]));
const seededFile = join(cacheDir, 'seeded.json');
const seeded: { items: number; loadSeconds: number } | undefined = existsSync(seededFile)
  ? JSON.parse(readFileSync(seededFile, 'utf8'))
  : undefined;
const cachedDb = join(cacheDir, 'db');
// DynamoDB Local runs on a copy in memory-backed storage where there is some: on disk, SQLite's syncs
// make loading about 25 times slower, and a run must not change the kept table.
const dataDir = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'crm-bench-'));
if (seeded) await cp(cachedDb, dataDir, { recursive: true });
console.error(seeded ? `reusing the seeded table in ${cacheDir}` : `seeding a table (kept in ${cacheDir})`);
const env = await benchTable({ dataDir, tableName: 'bench-customer-search' });
const { customerDeps } = await import('../functions/customers/deps');
const { listCustomers } = await import('../functions/customers/use-cases/list-customers');
const deps = customerDeps(env.client, env.tableName);
const { unitDeps } = await import('../functions/units/deps');
const { seedFirstUnits } = await import('../functions/units/use-cases/units');
if (!seeded) await seedFirstUnits(unitDeps(env.client, env.tableName));
const salesHead: Principal = { id: 'sales.head', name: '李静', role: 'sales-head' };

// ---- load ----
const brands: string[] = [];
const phones: string[] = [];
const loadStart = performance.now();
let items: Record<string, unknown>[] = [];
let itemCount = 0;
let i = 0;
for (const { customer, brand, phones: customerPhones } of benchCustomers(size)) {
  if (i % 97 === 0) brands.push(brand);
  if (i % 89 === 0) phones.push(customerPhones[0]!);
  i++;
  // The generator runs on a reused table too: the brands and phones searched for come from it.
  if (seeded) continue;
  items.push(...itemsOf(customer));
  if (items.length >= 20_000) {
    itemCount += items.length;
    await batchWrite(env.client, env.tableName, items, 16);
    items = [];
    if (i % 20_000 < 1_500) console.error(`loaded ${i} customers (${itemCount} items) in ${Math.round((performance.now() - loadStart) / 1000)} s`);
  }
}
itemCount += items.length;
await batchWrite(env.client, env.tableName, items, 16);
const loadSeconds = seeded ? seeded.loadSeconds : Math.round((performance.now() - loadStart) / 1000);
if (seeded) itemCount = seeded.items;
else {
  // Kept once complete: a load cut short is never reused.
  await rm(cacheDir, { recursive: true, force: true });
  await cp(dataDir, cachedDb, { recursive: true });
  writeFileSync(seededFile, JSON.stringify({ items: itemCount, loadSeconds }));
}
console.error(`${seeded ? 'reused' : 'loaded'} ${size} customers (${itemCount} items; loaded in ${loadSeconds} s)`);

// ---- measure ----
const spaced = (p: string) => (p.length === 11 ? `${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}` : p);
const list = (query: Partial<CustomerListQuery>) => listCustomers(deps, { limit: pageSize, ...query }, salesHead);
const kinds: Record<string, (round: number) => Promise<{ items: unknown[] }>> = {
  raw: async () => {
    const out = await env.client.send(
      new QueryCommand({
        TableName: env.tableName,
        IndexName: 'GSI3',
        KeyConditionExpression: 'GSI3PK = :pk',
        ExpressionAttributeValues: { ':pk': 'CUSTOMER' },
        Limit: pageSize,
      }),
    );
    return { items: out.Items ?? [] };
  },
  list: () => list({}),
  filtered: (r) => list({ unitId: unitIds[r % unitIds.length], tier: tiers[1 + (r % 2)] }),
  name: (r) => list({ q: brands[r % brands.length] }),
  phone: (r) => list({ q: spaced(phones[r % phones.length]!) }),
};
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
const found: Record<string, number> = Object.fromEntries(Object.keys(kinds).map((k) => [k, 0]));
for (let round = 0; round < warmRounds + rounds; round++) {
  for (const [kind, run] of Object.entries(kinds)) {
    const start = performance.now();
    const page = await run(round);
    const ms = performance.now() - start;
    if (round >= warmRounds) {
      samples[kind]!.push(ms);
      found[kind]! += page.items.length;
    }
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const p50raw = percentile(samples.raw!, 50);
const p95raw = percentile(samples.raw!, 95);
const figures = Object.fromEntries(
  Object.keys(kinds)
    .filter((k) => k !== 'raw')
    .map((k) => [
      k,
      {
        p50Ms: +percentile(samples[k]!, 50).toFixed(1),
        p95Ms: +percentile(samples[k]!, 95).toFixed(1),
        p50Ratio: ratio(percentile(samples[k]!, 50), p50raw),
        p95Ratio: ratio(percentile(samples[k]!, 95), p95raw),
        avgItemsPerPage: +(found[k]! / rounds).toFixed(1),
      },
    ]),
);
console.log(
  JSON.stringify(
    {
      bench: 'customer-search',
      customers: size,
      items: itemCount,
      loadSeconds,
      reusedSeededTable: !!seeded,
      rounds,
      rawQueryPage: { p50Ms: +p50raw.toFixed(1), p95Ms: +p95raw.toFixed(1) },
      ...figures,
    },
    null,
    2,
  ),
);
env.stop();
await new Promise((r) => setTimeout(r, 1000)); // let DynamoDB Local close its file
await rm(dataDir, { recursive: true, force: true });
process.exit(0);
