import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { table } from '#shared/table';
import { decodeCursor, encodeCursor, type PageKey } from '../cursor';

export interface PartitionQuery {
  index: (typeof table.indexes)[number]['name'];
  pk: string;
  /** Optional FilterExpression over the partition, with its names and values. */
  filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
  limit: number;
  cursor?: string;
  /** Pages read before giving back what was found with a cursor to go on; bounds a request's cost. */
  maxPages?: number;
}

/**
 * Queries one index partition in name order and returns up to `limit` items. With a filter, it reads
 * further pages until the page is full or the read budget is spent; the cursor is always the key of
 * the last item returned (or of the last item read), so no item is skipped or repeated.
 */
export async function queryPartition(
  client: DynamoDBDocumentClient,
  tableName: string,
  q: PartitionQuery,
): Promise<{ items: Record<string, unknown>[]; nextCursor: string | null }> {
  const index = table.indexes.find((i) => i.name === q.index)!;
  const keyAttributes = [table.partitionKey, table.sortKey, index.partitionKey, index.sortKey];
  const keyOf = (item: Record<string, unknown>): PageKey =>
    Object.fromEntries(keyAttributes.map((a) => [a, String(item[a])]));

  let startKey: PageKey | undefined = q.cursor
    ? decodeCursor(q.cursor, { attributes: keyAttributes, partition: [index.partitionKey, q.pk] })
    : undefined;
  const items: Record<string, unknown>[] = [];
  const maxPages = q.maxPages ?? 20;

  for (let page = 0; page < maxPages; page++) {
    const out = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': index.partitionKey, ...q.filter?.names },
        ExpressionAttributeValues: { ':pk': q.pk, ...q.filter?.values },
        ...(q.filter ? { FilterExpression: q.filter.expression } : {}),
        ExclusiveStartKey: startKey,
        // Without a filter every item read is returned, so read exactly what is missing (+1 to know if more exist).
        Limit: q.filter ? 200 : q.limit - items.length + 1,
      }),
    );
    for (const item of out.Items ?? []) {
      if (items.length === q.limit) return { items, nextCursor: encodeCursor(keyOf(items.at(-1)!)) };
      items.push(item);
    }
    if (!out.LastEvaluatedKey) return { items, nextCursor: null };
    startKey = out.LastEvaluatedKey as PageKey;
  }
  // Budget spent: hand back what we have and where to resume.
  return { items, nextCursor: encodeCursor(startKey!) };
}
