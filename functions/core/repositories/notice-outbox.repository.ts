import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { notificationSchema, type Notification } from '#shared/schemas/notification.schema';
import type { DeliveryOutcome } from '../channels/channel-sender';
import { keys, withoutKeys } from '../keys';
import { queryPartition } from './query-pages';

export interface OutboxItem {
  key: { PK: string; SK: string };
  notice: Notification;
}

/** Inbox items still to go out on their recipients' other channels (the sparse NOTICEOUT index). */
export class NoticeOutboxRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The oldest waiting, at most `limit`. */
  async oldest(limit: number): Promise<OutboxItem[]> {
    const { items } = await queryPartition(this.client, this.tableName, { ...keys.noticeOutbox(), limit });
    return items.map((i) => ({ key: { PK: String(i.PK), SK: String(i.SK) }, notice: notificationSchema.parse(withoutKeys(i)) }));
  }

  /**
   * Takes an item out of the outbox before sending it: false when another run took it first, so two
   * overlapping runs never send the same notice twice.
   */
  async claim(item: OutboxItem, runId: string, at: string): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: item.key,
          UpdateExpression: 'SET dispatch = :d REMOVE GSI3PK, GSI3SK',
          ConditionExpression: 'attribute_exists(GSI3PK)',
          ExpressionAttributeValues: { ':d': { runId, claimedAt: at } },
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /** What each channel did, on the inbox item itself (failures included: the inbox item stays either way). */
  async record(item: OutboxItem, outcomes: DeliveryOutcome[], at: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: item.key,
        UpdateExpression: 'SET dispatch.sentAt = :at, dispatch.deliveries = :d',
        ExpressionAttributeValues: { ':at': at, ':d': outcomes },
      }),
    );
  }
}
