import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { customerSchema, type Customer } from '#shared/schemas/customer.schema';
import { keys, withoutKeys } from '#core/keys';
import { scanAllSegments } from '../segmented-scan';

/**
 * Every live customer (not in the recycle bin), read by a parallel segmented Scan (a background job over
 * the whole table, never a request path), handed to `visit` a page at a time.
 */
export async function scanLiveCustomers(
  client: DynamoDBDocumentClient,
  tableName: string,
  visit: (customers: Customer[]) => Promise<void>,
  totalSegments = 4,
): Promise<void> {
  const filter = {
    expression: '#type = :customer AND SK = :profile AND attribute_not_exists(deletedAt)',
    names: { '#type': 'type' },
    values: { ':customer': 'customer', ':profile': keys.customerProfileSk },
  };
  await scanAllSegments(client, tableName, { totalSegments, filter }, (items) => visit(items.map((i) => customerSchema.parse(withoutKeys(i)))));
}
