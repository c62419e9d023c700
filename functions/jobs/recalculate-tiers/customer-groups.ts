import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { table } from '#shared/table';
import { keys } from '#core/keys';
import { scanSegment } from '../segmented-scan';

type Item = Record<string, unknown>;
export interface ScanPage {
  /** Complete customer partitions (their PROFILE and MONTH# items), in scan order. */
  groups: Item[][];
  /** Key of the last item of the last complete group; resume after it. */
  resumeKey?: Record<string, string>;
  done: boolean;
}

/**
 * Reads one parallel-scan segment and yields its customers whole: a customer's monthly totals and
 * profile share a partition key and so arrive together, but a page may cut a partition in two; the
 * cut group is carried into the next page. Memory stays at one page plus one customer.
 * Only jobs may Scan (request paths Query).
 */
export async function* customerGroups(
  client: DynamoDBDocumentClient,
  tableName: string,
  segment: { index: number; total: number; startAfter?: Record<string, string>; pageSize: number },
): AsyncGenerator<ScanPage> {
  let pending: Item[] = [];
  const keyOf = (item: Item) => ({ [table.partitionKey]: String(item[table.partitionKey]), [table.sortKey]: String(item[table.sortKey]) });
  const pages = scanSegment(client, tableName, {
    segment: segment.index,
    totalSegments: segment.total,
    ...(segment.startAfter ? { startKey: segment.startAfter } : {}),
    limit: segment.pageSize,
    filter: {
      expression: 'begins_with(PK, :c) AND (SK = :p OR begins_with(SK, :m))',
      values: { ':c': keys.customerPartitionPrefix, ':p': keys.customerProfileSk, ':m': keys.monthTotalPrefix },
    },
  });

  for await (const page of pages) {
    const groups: Item[][] = [];
    let resumeKey: Record<string, string> | undefined;
    for (const item of page.items) {
      if (pending.length && pending[0]![table.partitionKey] !== item[table.partitionKey]) {
        groups.push(pending);
        resumeKey = keyOf(pending.at(-1)!);
        pending = [];
      }
      pending.push(item);
    }
    if (!page.lastKey) {
      if (pending.length) groups.push(pending);
      yield { groups, done: true };
      return;
    }
    yield { groups, ...(resumeKey ? { resumeKey } : {}), done: false };
  }
}
