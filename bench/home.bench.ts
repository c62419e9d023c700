/**
 * The 工作台 at scale (issue 12): loads N customers (default 100,000) into DynamoDB Local as the repository
 * writes them, with the nightly job's summary items built from the same facts by the job's own builder
 * (HomeFiguresBuilder; the job's Scan is a night's work, not what is measured here), then times `getHome`:
 * - unitStaff:  a unit salesperson owning ~1/75 of the customers (their to-dos count their own partitions);
 * - leadership: the company's figures and the approval queues;
 * each as p50 and p95 ratios against a raw Query of one page (20 items of the all-customers index) on the
 * same table in the same run, one request at a time, interleaved. Target: p95 within 3×.
 * `npm run bench -- home [N]`
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Customer } from '../shared/schemas/customer.schema';
import { figuresContext, HomeFiguresBuilder } from '../shared/home/home-figures';
import { seedUnits } from '../shared/units';
import type { Principal } from '../functions/core/principal';
import { customerItem } from '../functions/core/repositories/customer.repository';
import { HomeSummaryRepository } from '../functions/core/repositories/home-summary.repository';
import { companyNameGenerator, seededRandom } from './customer-names';
import { batchWrite, benchTable, ratio } from './support';

const size = Number(process.argv[3] ?? 100_000);
const rounds = Number(process.argv[4] ?? 300);
const warmRounds = 50;

const env = await benchTable();
const { homeDeps } = await import('../functions/home/deps');
const { getHome } = await import('../functions/home/use-cases/get-home');
const deps = homeDeps(env.client, env.tableName);
const { unitDeps } = await import('../functions/units/deps');
const { seedFirstUnits } = await import('../functions/units/use-cases/units');
await seedFirstUnits(unitDeps(env.client, env.tableName));
const unitIds = seedUnits.map((u) => u.code);

// ---- load ----
const now = new Date();
const random = seededRandom(20261206);
const nextName = companyNameGenerator(random);
const builder = new HomeFiguresBuilder(figuresContext(now, '2026-Q4'), unitIds, 12);
const tierOf = (r: number) => (r < 0.02 ? 'vip' : r < 0.1 ? 'key' : r < 0.5 ? 'general' : 'reserve');
const loadStart = performance.now();
let items: Record<string, unknown>[] = [];
for (let i = 0; i < size; i++) {
  const unitId = unitIds[i % unitIds.length]!;
  const created = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 3 * 365) * 86_400_000);
  const customer: Customer = {
    id: `h${String(i).padStart(7, '0')}`,
    name: nextName().name,
    creditCode: `HOME${i}`,
    kind: 'main-business',
    tier: tierOf(random()) as Customer['tier'],
    annualAmountFen: 0,
    creditRating: 'A',
    unitId,
    ownerId: `${unitId}.sales${i % 25}`,
    contacts: [{ name: '联系人', phone: '13800000000', primary: true }],
    notes: '',
    createdAt: created.toISOString(),
    updatedAt: created.toISOString(),
    createdBy: 'bench',
    updatedBy: 'bench',
    version: 1,
    ...(random() < 0.6 ? { lastVerifiedAt: created.toISOString() } : {}),
  };
  builder.customer(customer);
  items.push(customerItem(customer));
  if (items.length >= 20_000) {
    await batchWrite(env.client, env.tableName, items, 16);
    items = [];
    console.error(`loaded ${i + 1} customers in ${Math.round((performance.now() - loadStart) / 1000)} s`);
  }
}
await batchWrite(env.client, env.tableName, items, 16);
await new HomeSummaryRepository(env.client, env.tableName).saveAll(builder.figures(), [
  { ownerId: 'east.sales0', computedAt: now.toISOString(), periodId: '2026-Q4', dueSoon: 3, overdue: 1 },
]);
const loadSeconds = Math.round((performance.now() - loadStart) / 1000);

// ---- measure ----
const unitStaff: Principal = { id: 'east.sales0', name: '业务员', role: 'unit-staff', unitId: 'east' };
const leader: Principal = { id: 'leader', name: '陈志远', role: 'leadership' };
const kinds: Record<string, () => Promise<unknown>> = {
  raw: () =>
    env.client.send(
      new QueryCommand({ TableName: env.tableName, IndexName: 'GSI3', KeyConditionExpression: 'GSI3PK = :pk', ExpressionAttributeValues: { ':pk': 'CUSTOMER' }, Limit: 20 }),
    ),
  unitStaff: () => getHome(deps, {}, unitStaff),
  leadership: () => getHome(deps, {}, leader),
};
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
for (let round = 0; round < warmRounds + rounds; round++) {
  for (const [kind, run] of Object.entries(kinds)) {
    const start = performance.now();
    await run();
    if (round >= warmRounds) samples[kind]!.push(performance.now() - start);
  }
}
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;
const p50raw = percentile(samples.raw!, 50);
const p95raw = percentile(samples.raw!, 95);
const figures = Object.fromEntries(
  ['unitStaff', 'leadership'].map((k) => [
    k,
    { p50Ms: +percentile(samples[k]!, 50).toFixed(1), p95Ms: +percentile(samples[k]!, 95).toFixed(1), p50Ratio: ratio(percentile(samples[k]!, 50), p50raw), p95Ratio: ratio(percentile(samples[k]!, 95), p95raw) },
  ]),
);
console.log(JSON.stringify({ bench: 'home', customers: size, loadSeconds, rounds, target: 'p95Ratio <= 3', rawQueryPage: { p50Ms: +p50raw.toFixed(1), p95Ms: +p95raw.toFixed(1) }, ...figures }, null, 2));
env.stop();
process.exit(0);
