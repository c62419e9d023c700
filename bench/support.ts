import { createHash, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { startDynamoDbLocal, stopProcessGroup } from '../infra/local/dynamodb-local';
import { ensureTable } from '../infra/local/create-table';
import { freePort } from '../infra/local/free-port';

/**
 * A DynamoDB Local on a free port with the table; stop() ends it. In memory with a fresh table by default;
 * with `dataDir`, on disk there (a seeded table a benchmark keeps between runs, `seededTableDir`).
 */
export async function benchTable(options: { dataDir?: string; tableName?: string } = {}) {
  const port = await freePort();
  const dynamo = await startDynamoDbLocal({ port, ...(options.dataDir ? { dataDir: options.dataDir } : {}) });
  const tableName = options.tableName ?? `bench-${randomUUID()}`;
  const raw = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } });
  await ensureTable(raw, tableName);
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.TABLE_NAME = tableName;
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  // Handler modules read DYNAMODB_ENDPOINT when first imported, so they are imported after this returns;
  // the bench's own client is built here rather than from functions/core/dynamo for the same reason.
  const client = DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });
  return { endpoint: dynamo.endpoint, tableName, client, stop: () => stopProcessGroup(dynamo.process) };
}

/** Writes items 25 at a time with `concurrency` batches in flight, retrying unprocessed items. */
export async function batchWrite(client: DynamoDBDocumentClient, tableName: string, items: Record<string, unknown>[], concurrency = 8) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const chunk = items.slice(next, (next += 25));
        let requests = chunk.map((Item) => ({ PutRequest: { Item } }));
        while (requests.length) {
          const out = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
          requests = (out.UnprocessedItems?.[tableName] ?? []) as typeof requests;
        }
      }
    }),
  );
}

/** Runs `task(i)` for i < n with `concurrency` in flight; returns the wall time in ms. */
export async function timed(n: number, concurrency: number, task: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await task(next++);
    }),
  );
  return performance.now() - start;
}

export const ratio = (a: number, b: number) => (a / b).toFixed(2);

/**
 * Where a benchmark keeps a table it seeded, to reuse it on the next run instead of loading it again
 * (`.local/bench-cache/<name>-<size>-<digest>/`). `content` stands for what is written (a sample of the
 * items as the code builds them today, the table's definition): when it changes, the digest does, and
 * a new table is seeded rather than a stale one measured.
 */
export function seededTableDir(name: string, size: number, content: string): string {
  const digest = createHash('sha256').update(content).digest('hex').slice(0, 12);
  return fileURLToPath(new URL(`../.local/bench-cache/${name}-${size}-${digest}/`, import.meta.url));
}
