import {
  CreateTableCommand,
  DescribeTableCommand,
  UpdateTableCommand,
  ResourceNotFoundException,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { table } from '#shared/table';

/** Creates the single table from shared/table.ts unless it exists (local twin and tests; CDK does the cloud). */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<{ addedIndexes: string[] }> {
  try {
    const existing = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const present = new Set((existing.Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
    return { addedIndexes: await addMissingIndexes(client, tableName, present) };
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const attributes = new Set<string>([table.partitionKey, table.sortKey]);
  for (const i of table.indexes) attributes.add(i.partitionKey).add(i.sortKey);
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: table.partitionKey, KeyType: 'HASH' },
        { AttributeName: table.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: table.indexes.map((i) => ({
        IndexName: i.name,
        KeySchema: [
          { AttributeName: i.partitionKey, KeyType: 'HASH' },
          { AttributeName: i.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
  return { addedIndexes: [] };
}

/**
 * A twin's table made before an index was added to shared/table.ts gets it now (one per UpdateTable, as
 * DynamoDB requires), so `npm start` keeps its data. Items written before carry no attributes for it
 * until rewritten: `npm start` then reindexes the customers (functions/jobs/reindex-customers.ts).
 */
async function addMissingIndexes(client: DynamoDBClient, tableName: string, present: Set<string | undefined>): Promise<string[]> {
  const added: string[] = [];
  for (const i of table.indexes) {
    if (present.has(i.name)) continue;
    added.push(i.name);
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [
          { AttributeName: i.partitionKey, AttributeType: 'S' },
          { AttributeName: i.sortKey, AttributeType: 'S' },
        ],
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: i.name,
              KeySchema: [
                { AttributeName: i.partitionKey, KeyType: 'HASH' },
                { AttributeName: i.sortKey, KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'ALL' },
            },
          },
        ],
      }),
    );
    await untilActive(client, tableName);
  }
  return added;
}

/** DynamoDB Local, like DynamoDB, backfills a new index before it is ACTIVE; a write meanwhile can fail. */
async function untilActive(client: DynamoDBClient, tableName: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexes = Table?.GlobalSecondaryIndexes ?? [];
    if (Table?.TableStatus === 'ACTIVE' && indexes.every((i) => i.IndexStatus === 'ACTIVE')) return;
    if (Date.now() > deadline) throw new Error(`Table ${tableName} did not become ACTIVE within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
