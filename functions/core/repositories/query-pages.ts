import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { table } from '#shared/table';
import { decodeCursor, encodeCursor, type PageKey } from '../cursor';
import { DomainError } from '../errors';

export interface PartitionQuery {
  /** The index to query; left out, the table's own PK/SK. */
  index?: (typeof table.indexes)[number]['name'];
  pk: string;
  /** Narrows the sort key: a prefix, or a range (`from` inclusive, `before` exclusive). */
  sortKey?: SortKeyCondition;
  /** Descending sort-key order (newest first for time-ordered keys). */
  newestFirst?: boolean;
  /** Optional FilterExpression over the partition, with its names and values. */
  filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
  limit: number;
  cursor?: string;
  /** Pages read before giving back what was found with a cursor to go on; bounds a request's cost. */
  maxPages?: number;
}

export type SortKeyCondition = { beginsWith: string } | { from?: string; before?: string };

/**
 * Queries one partition (of an index or the table) in sort-key order and returns up to `limit` items. With a filter, it reads
 * further pages until the page is full or the read budget is spent; the cursor is always the key of
 * the last item returned (or of the last item read), so no item is skipped or repeated.
 */
export async function queryPartition(
  client: DynamoDBDocumentClient,
  tableName: string,
  q: PartitionQuery,
): Promise<{ items: Record<string, unknown>[]; nextCursor: string | null }> {
  const index = q.index ? table.indexes.find((i) => i.name === q.index)! : undefined;
  const pkAttr = index?.partitionKey ?? table.partitionKey;
  const skAttr = index?.sortKey ?? table.sortKey;
  const keyAttributes = [...new Set([table.partitionKey, table.sortKey, pkAttr, skAttr])];
  const keyOf = (item: Record<string, unknown>): PageKey =>
    Object.fromEntries(keyAttributes.map((a) => [a, String(item[a])]));
  const range = sortKeyExpression(q.sortKey);

  let startKey: PageKey | undefined = q.cursor
    ? decodeCursor(q.cursor, { attributes: keyAttributes, partition: [pkAttr, q.pk] })
    : undefined;
  // DynamoDB refuses a start key outside the key condition; a cursor from another range is the caller's mistake.
  if (startKey && !withinSortKey(startKey[skAttr]!, q.sortKey)) throw new DomainError('invalid', 'invalid_cursor');
  const items: Record<string, unknown>[] = [];
  const maxPages = q.maxPages ?? 20;

  for (let page = 0; page < maxPages; page++) {
    const out = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index?.name,
        KeyConditionExpression: `#pk = :pk${range ? ` AND ${range.expression}` : ''}`,
        ExpressionAttributeNames: { '#pk': pkAttr, ...(range ? { '#sk': skAttr } : {}), ...q.filter?.names },
        ExpressionAttributeValues: { ':pk': q.pk, ...range?.values, ...q.filter?.values },
        ...(q.filter ? { FilterExpression: q.filter.expression } : {}),
        ScanIndexForward: !q.newestFirst,
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

function sortKeyExpression(c: SortKeyCondition | undefined): { expression: string; values: Record<string, string> } | undefined {
  if (!c) return undefined;
  if ('beginsWith' in c) return { expression: 'begins_with(#sk, :skPrefix)', values: { ':skPrefix': c.beginsWith } };
  if (c.from !== undefined && c.before !== undefined) {
    // BETWEEN is inclusive; sort keys here are `<bound>#<id>`, so an item never equals the bare `before` bound.
    return { expression: '#sk BETWEEN :skFrom AND :skBefore', values: { ':skFrom': c.from, ':skBefore': c.before } };
  }
  if (c.from !== undefined) return { expression: '#sk >= :skFrom', values: { ':skFrom': c.from } };
  if (c.before !== undefined) return { expression: '#sk < :skBefore', values: { ':skBefore': c.before } };
  return undefined;
}

function withinSortKey(value: string, c: SortKeyCondition | undefined): boolean {
  if (!c) return true;
  if ('beginsWith' in c) return value.startsWith(c.beginsWith);
  return (c.from === undefined || value >= c.from) && (c.before === undefined || value < c.before);
}
