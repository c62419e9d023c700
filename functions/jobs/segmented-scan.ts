import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export type ScanItem = Record<string, unknown>;

/** A Scan's FilterExpression with its names and values. */
export interface ScanFilter {
  expression: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
}

export interface SegmentOptions {
  segment: number;
  totalSegments: number;
  filter: ScanFilter;
  /** Resume after this key (a checkpoint); from the segment's start when absent. */
  startKey?: Record<string, unknown>;
  /** Items read per page (before the filter); DynamoDB's 1 MB page when absent. */
  limit?: number;
}

/**
 * One segment of a parallel Scan, page by page, with the key to resume after each page. The only Scan in
 * the code base, and it lives under functions/jobs: jobs over the whole table use it, never a request path
 * (docs/data-model.md).
 */
export async function* scanSegment(
  client: DynamoDBDocumentClient,
  tableName: string,
  options: SegmentOptions,
): AsyncGenerator<{ items: ScanItem[]; lastKey?: Record<string, unknown> }> {
  let startKey = options.startKey;
  do {
    const out = await client.send(
      new ScanCommand({
        TableName: tableName,
        Segment: options.segment,
        TotalSegments: options.totalSegments,
        FilterExpression: options.filter.expression,
        ...(options.filter.names ? { ExpressionAttributeNames: options.filter.names } : {}),
        ...(options.filter.values ? { ExpressionAttributeValues: options.filter.values } : {}),
        ExclusiveStartKey: startKey,
        ...(options.limit ? { Limit: options.limit } : {}),
      }),
    );
    startKey = out.LastEvaluatedKey;
    yield { items: out.Items ?? [], ...(startKey ? { lastKey: startKey } : {}) };
  } while (startKey);
}

/**
 * Every segment at once, each handing its pages to `visit` in order as they arrive, so memory holds one
 * page per segment. `visit` gets the segment's index for state it keeps per segment.
 */
export async function scanAllSegments(
  client: DynamoDBDocumentClient,
  tableName: string,
  options: { totalSegments: number; filter: ScanFilter },
  visit: (items: ScanItem[], segment: number) => Promise<void> | void,
): Promise<void> {
  await Promise.all(
    Array.from({ length: options.totalSegments }, async (_, segment) => {
      for await (const page of scanSegment(client, tableName, { ...options, segment })) await visit(page.items, segment);
    }),
  );
}
