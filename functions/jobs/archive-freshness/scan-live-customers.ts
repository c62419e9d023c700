import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { customerSchema, type Customer } from '#shared/schemas/customer.schema';
import { withoutKeys } from '#core/keys';

/**
 * Every live customer (not in the recycle bin), read by a parallel segmented Scan. A Scan is allowed
 * here only: this is a background job over the whole table, never a request path. Segments run at
 * once, each handing its pages to `visit` as they arrive, so memory holds one page per segment.
 */
export async function scanLiveCustomers(
  client: DynamoDBDocumentClient,
  tableName: string,
  visit: (customers: Customer[]) => Promise<void>,
  totalSegments = 4,
): Promise<void> {
  await Promise.all(
    Array.from({ length: totalSegments }, async (_, segment) => {
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await client.send(
          new ScanCommand({
            TableName: tableName,
            Segment: segment,
            TotalSegments: totalSegments,
            FilterExpression: '#type = :customer AND SK = :profile AND attribute_not_exists(deletedAt)',
            ExpressionAttributeNames: { '#type': 'type' },
            ExpressionAttributeValues: { ':customer': 'customer', ':profile': 'PROFILE' },
            ExclusiveStartKey: startKey,
          }),
        );
        await visit((out.Items ?? []).map((i) => customerSchema.parse(withoutKeys(i))));
        startKey = out.LastEvaluatedKey;
      } while (startKey);
    }),
  );
}
