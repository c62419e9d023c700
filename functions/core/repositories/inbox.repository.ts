import { PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { notificationSchema, type Notification } from '#shared/schemas/notification.schema';
import { keys, withoutKeys } from '../keys';
import { notificationPut } from '../notifications';
import { queryPartition } from './query-pages';

/** A recipient's in-app inbox: list, count unread, mark read. Items are written by the use cases that notify. */
export class InboxRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * Delivers one notice on its own (notices tied to a change go in that change's transaction instead).
   * `outside: false` when the caller reaches the person's other channels itself (PersonalDelivery's inbox step).
   */
  async deliver(n: Notification, dedupeKey?: string, outside = true): Promise<void> {
    await this.client.send(new PutCommand(notificationPut(this.tableName, n, dedupeKey, outside).Put));
  }

  /** Newest first: the whole inbox, or only unread items from the sparse unread index. */
  async list(recipientId: string, page: { unread?: boolean; limit: number; cursor?: string }) {
    const partition = page.unread ? keys.inboxPartitions.unread(recipientId) : keys.inboxPartitions.all(recipientId);
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, {
      ...partition,
      newestFirst: true,
      limit: page.limit,
      cursor: page.cursor,
    });
    return { items: items.map((i) => notificationSchema.parse(withoutKeys(i))), nextCursor };
  }

  /** Counts the unread index; it holds unread items only, so this reads no more than the badge shows. */
  async unreadCount(recipientId: string): Promise<number> {
    const { pk, index } = keys.inboxPartitions.unread(recipientId);
    let count = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index,
          KeyConditionExpression: 'GSI1PK = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          Select: 'COUNT',
          ExclusiveStartKey: startKey,
        }),
      );
      count += out.Count ?? 0;
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return count;
  }

  /** The table key of the recipient's notification with this id, found through its id index. */
  async findKey(recipientId: string, id: string): Promise<{ PK: string; SK: string; readAt?: string } | undefined> {
    const { pk, index } = keys.inboxPartitions.byId(id);
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index,
        KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK = :inbox',
        ExpressionAttributeValues: { ':pk': pk, ':inbox': keys.inboxPartitions.all(recipientId).pk },
      }),
    );
    const item = out.Items?.[0];
    return item ? { PK: String(item.PK), SK: String(item.SK), ...(item.readAt ? { readAt: String(item.readAt) } : {}) } : undefined;
  }

  /**
   * Marks one item read and takes it out of the unread index. Conditional on it being the recipient's
   * and still unread; a lost race with another tab is not an error, the item is read either way.
   */
  async markRead(recipientId: string, key: { PK: string; SK: string }, readAt: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: key.PK, SK: key.SK },
          UpdateExpression: 'SET readAt = :at REMOVE GSI1PK, GSI1SK',
          ConditionExpression: 'attribute_exists(PK) AND recipientId = :me AND attribute_not_exists(readAt)',
          ExpressionAttributeValues: { ':at': readAt, ':me': recipientId },
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }

  /** Unread items' table keys, oldest first, at most `limit`. */
  async unreadKeys(recipientId: string, limit: number): Promise<{ PK: string; SK: string }[]> {
    const { items } = await queryPartition(this.client, this.tableName, { ...keys.inboxPartitions.unread(recipientId), limit });
    return items.map((i) => ({ PK: String(i.PK), SK: String(i.SK) }));
  }
}
