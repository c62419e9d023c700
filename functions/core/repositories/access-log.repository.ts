import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { accessLogEntrySchema, type AccessLogEntry } from '#shared/schemas/access-log.schema';
import { keys, withoutKeys } from '../keys';
import { queryPartition, type PartitionQuery, type SortKeyCondition } from './query-pages';

export interface AccessLogSearch {
  customerId?: string;
  userId?: string;
  /** ISO instants: `from` inclusive, `before` exclusive. */
  from?: string;
  before?: string;
}

/**
 * The archive access log: append and search, nothing else. There is deliberately no update or delete
 * here, and the append refuses to overwrite (R2: it cannot be edited by anyone).
 */
export class AccessLogRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async append(entry: AccessLogEntry): Promise<void> {
    const parsed = accessLogEntrySchema.parse(entry);
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.accessLog(parsed.customerId, parsed.at, parsed.id),
          ...keys.accessLogIndexes(parsed),
          type: 'access-log',
          ...parsed,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  }

  /**
   * Newest first. Each filter is one partition: a customer's (reader then filtered within it, a
   * customer's log being small), a reader's (GSI1), or everyone's (GSI3); dates narrow the sort key.
   */
  async search(s: AccessLogSearch, page: { limit: number; cursor?: string }) {
    const sortKey: SortKeyCondition | undefined = s.from || s.before ? { from: s.from, before: s.before } : undefined;
    const partition: Pick<PartitionQuery, 'index' | 'pk' | 'filter'> = s.customerId
      ? {
          ...keys.accessLogPartitions.customer(s.customerId),
          ...(s.userId ? { filter: { expression: '#reader.#id = :reader', names: { '#reader': 'reader', '#id': 'id' }, values: { ':reader': s.userId } } } : {}),
        }
      : s.userId
        ? keys.accessLogPartitions.reader(s.userId)
        : keys.accessLogPartitions.all();
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, {
      ...partition,
      sortKey,
      newestFirst: true,
      ...page,
    });
    return { items: items.map((i) => accessLogEntrySchema.parse(withoutKeys(i))), nextCursor };
  }
}
