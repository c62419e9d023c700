import { PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { customerColumns } from '../../shared/imports/columns';
import { createDocumentClient } from '../../functions/core/dynamo';
import { env } from '../../functions/core/env';
import { objectKeys } from '../../functions/core/object-storage';
import { s3Client } from '../../functions/core/s3';
import { importDeps } from '../../functions/imports/deps';
import { commitImport } from '../../functions/imports/use-cases/commit-import';
import { getImport } from '../../functions/imports/use-cases/get-import';
import { runImportStep } from '../../functions/imports/use-cases/run-import-step';
import { startImport } from '../../functions/imports/use-cases/start-import';
import type { ImportStep } from '../../functions/imports/use-cases/steps';
import { newCreditCode } from '../support/credit-codes';
import { workbookOf } from '../support/imports';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { deps: customerDeps } = testTable();

/** A table client that refuses to write the customer named `failing`, for as long as it is set. */
let failing: string | undefined;
const faulty = createDocumentClient(process.env.DYNAMODB_ENDPOINT);
faulty.middlewareStack.add(
  (next) => async (args) => {
    const input = (args as { input: { TransactItems?: unknown[] } }).input;
    if (failing && input.TransactItems && JSON.stringify(input.TransactItems).includes(failing)) {
      throw Object.assign(new Error('injected: table unavailable'), { name: 'InternalServerError' });
    }
    return next(args);
  },
  { step: 'initialize', name: 'faultInjection' },
);

/** The worker's deps on that client, with a queue the test drains itself (retries are not delayed here). */
const queue: ImportStep[] = [];
const deps = { ...importDeps(faulty, process.env.TABLE_NAME!), sendStep: async (step: ImportStep) => void queue.push(step) };
async function drain() {
  for (let step = queue.shift(); step; step = queue.shift()) await runImportStep(deps, step, { receiveCount: 1, maxReceives: 3 });
}

beforeAll(seedStaff);

describe('an import commit that fails part-way', () => {
  it('reports exactly which rows of the failed chunk landed, and finishes when committed again without writing any twice', async () => {
    const codes = Array.from({ length: 30 }, () => newCreditCode());
    const names = codes.map((_, i) => `故障演练第${i}号有限公司`);
    const file = await workbookOf(
      customerColumns.map((c) => c['zh-CN']),
      codes.map((code, i) => customerColumns.map((c) => ({ name: names[i], creditCode: code, kind: '潜在客户', creditRating: 'B' })[c.key as string] ?? '')),
    );
    const objectKey = objectKeys.importUpload(callers.eastStaff.id, `fault-${Date.now()}`);
    await s3Client.send(new PutObjectCommand({ Bucket: env.attachmentsBucket, Key: objectKey, Body: file }));

    const job = await startImport(deps, { kind: 'customers', objectKey }, callers.eastStaff, { chunkSize: 10 });
    await drain();
    await commitImport(deps, job.id, 'skip', callers.eastStaff);
    failing = names[15]; // the sixth row of the second chunk
    await drain();

    const failed = await getImport(deps, job.id, { report: 'commit' }, callers.eastStaff);
    expect(failed.job).toMatchObject({ status: 'failed', failure: { phase: 'commit', chunk: 1, code: 'import_step_failed' } });
    expect(failed.job.failureMessage?.['zh-CN']).toContain('第 2 批');
    // Completed chunks count; the interrupted one is reported row by row from what is stored.
    expect(failed.job.commit).toMatchObject({ committedChunks: 1, rowsDone: 10, outcomes: { created: 10 } });
    const chunk1 = failed.report.rows.filter((r) => r.row >= 12 && r.row <= 21) as { row: number; outcome: string }[];
    expect(chunk1).toHaveLength(10);
    for (const r of chunk1) {
      const landed = (await customerDeps.customers.findByCreditCode(codes[r.row - 2]!)) !== undefined;
      expect(r.outcome, `row ${r.row}`).toBe(landed ? 'created' : 'failed');
    }
    expect(chunk1.find((r) => r.row === 17)!.outcome).toBe('failed');
    expect(chunk1.filter((r) => r.outcome === 'created').length).toBeGreaterThan(0);
    expect(failed.report.rows.filter((r) => r.row > 21)).toEqual([]); // chunk 3 never started

    failing = undefined;
    await commitImport(deps, job.id, 'skip', callers.eastStaff);
    await drain();
    const done = await getImport(deps, job.id, { report: 'commit' }, callers.eastStaff);
    expect(done.job).toMatchObject({ status: 'committed', commit: { committedChunks: 3, rowsDone: 30, outcomes: { created: 30 } } });
    expect(done.report.rows.map((r) => (r as { outcome: string }).outcome)).toEqual(Array(30).fill('created'));
    for (const code of codes) expect(await customerDeps.customers.findByCreditCode(code)).toBeDefined();
  });
});
