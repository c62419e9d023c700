import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { customerHistoryEntrySchema, type CustomerHistoryEntry } from '#shared/schemas/customer-history.schema';
import { keys, withoutKeys } from '../keys';
import { queryPartition } from './query-pages';

/**
 * The Put of a history entry, for the transaction of the change it records (CustomerRepository).
 * Keyed by the version the change made, so the same version can never be recorded twice.
 */
export function historyPut(tableName: string, entry: CustomerHistoryEntry) {
  return {
    Put: {
      TableName: tableName,
      Item: { ...keys.customerHistory(entry.customerId, entry.version), type: 'customer-history', ...entry },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

/** Reads a customer's history, newest first. Writing happens only through CustomerRepository's transactions. */
export class CustomerHistoryRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(customerId: string, page: { limit: number; cursor?: string }) {
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, {
      pk: keys.customer(customerId).PK,
      sortKey: { beginsWith: keys.customerHistoryPrefix },
      newestFirst: true,
      ...page,
    });
    return { items: items.map((i) => customerHistoryEntrySchema.parse(withoutKeys(i))), nextCursor };
  }
}
