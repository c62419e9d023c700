/**
 * Nightly re-tiering (issue 4) on N customers with 12 months of totals each, a typical night where 1%
 * of customers change tier: the job's wall time as a ratio against a raw segmented read of the same
 * items in the same run (target ≤ 2.0), and its peak memory at N/10 vs N customers (target ≤ 1.25×,
 * i.e. it streams). `npm run bench -- recalculate-tiers [N=100000]`
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { planRetier } from '../shared/retier-plan';
import type { Customer } from '../shared/schemas/customer.schema';
import { defaultTierSettings } from '../shared/schemas/tier-settings.schema';
import { monthMinus, shanghaiMonth } from '../shared/shanghai-time';
import { keys } from '../functions/core/keys';
import { ensureTable } from '../infra/local/create-table';
import { batchWrite, benchTable, ratio } from './support';

const size = Number(process.argv[3] ?? 100_000);
const env = await benchTable();
const raw = new DynamoDBClient({ endpoint: env.endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } });
const now = new Date();
const thisMonth = shanghaiMonth(now);

async function load(tableName: string, count: number) {
  await ensureTable(raw, tableName);
  let items: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const id = `b${String(i).padStart(7, '0')}`;
    const monthly = (i % 7) * 1_500_000; // 0 … 9,000,000 fen a month: every tier
    const months = Array.from({ length: 12 }, (_, m) => ({ month: monthMinus(thisMonth, m), amountFen: monthly }));
    const base: Customer = {
      id, name: `基准客户${i}有限公司`, creditCode: `X${i}`, kind: 'main-business', tier: 'reserve', annualAmountFen: 0,
      creditRating: i % 3 ? 'AA' : 'B', unitId: 'east', ownerId: 'east.staff', contacts: [], notes: '',
      createdAt: now.toISOString(), updatedAt: now.toISOString(), createdBy: 'bench', updatedBy: 'bench', version: 1,
    };
    // Settled customers already hold tonight's answer; one in a hundred has moved since last night.
    const settled = planRetier(base, months, defaultTierSettings, now).after;
    const customer = i % 100 === 0 ? { ...settled, annualAmountFen: settled.annualAmountFen + 1 } : settled;
    items.push({ ...keys.customer(id), ...keys.customerIndexes(customer), type: 'customer', ...customer });
    for (const m of months) items.push({ ...keys.monthTotal(id, m.month), type: 'month-total', customerId: id, ...m });
    if (items.length >= 5_000) {
      await batchWrite(env.client, tableName, items);
      items = [];
    }
  }
  await batchWrite(env.client, tableName, items);
}

function measure(mode: 'job' | 'raw', tableName: string): { ms: number; maxRssKb: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'recalculate-child.ts'), mode, env.endpoint, tableName], {
    encoding: 'utf8',
    maxBuffer: 10 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

const results: Record<string, { ms: number; maxRssKb: number }> = {};
for (const count of [Math.round(size / 10), size]) {
  const tableName = `recalc-${count}`;
  const loadStart = performance.now();
  await load(tableName, count);
  console.error(`loaded ${count} customers (${count * 13} items) in ${Math.round((performance.now() - loadStart) / 1000)} s`);
  results[`raw-${count}`] = measure('raw', tableName);
  results[`job-${count}`] = measure('job', tableName);
}
const small = Math.round(size / 10);
console.log(
  JSON.stringify(
    {
      bench: 'recalculate-tiers',
      customers: size,
      jobMs: Math.round(results[`job-${size}`]!.ms),
      rawSegmentedReadMs: Math.round(results[`raw-${size}`]!.ms),
      timeRatio: ratio(results[`job-${size}`]!.ms, results[`raw-${size}`]!.ms),
      timeTarget: '<= 2.00',
      peakRssMb: { [small]: Math.round(results[`job-${small}`]!.maxRssKb / 1024), [size]: Math.round(results[`job-${size}`]!.maxRssKb / 1024) },
      memoryRatio: ratio(results[`job-${size}`]!.maxRssKb, results[`job-${small}`]!.maxRssKb),
      memoryTarget: '<= 1.25',
    },
    null,
    2,
  ),
);
env.stop();
process.exit(0);
