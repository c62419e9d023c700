import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  defaultNotificationSettings,
  notificationSettingsSchema,
  type NotificationSettings,
} from '#shared/schemas/notification-settings.schema';
import { DomainError } from '../errors';
import { keys } from '../keys';

export interface StoredNotificationSettings {
  settings: NotificationSettings;
  /** 0 until the person first saves (the inbox only). */
  version: number;
  updatedAt?: string;
}

/** Each person's choice of reminder channels, one item beside their directory entry (`STAFF#<id>` / `NOTIFY`). */
export class NotificationSettingsRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(userId: string): Promise<StoredNotificationSettings> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.notificationSettings(userId) }));
    if (!out.Item) return { settings: defaultNotificationSettings, version: 0 };
    return {
      settings: notificationSettingsSchema.parse(out.Item.settings),
      version: out.Item.version as number,
      updatedAt: out.Item.updatedAt as string,
    };
  }

  /** Replaces the person's settings if still at `expectedVersion` (412 otherwise). */
  async put(userId: string, next: NotificationSettings, expectedVersion: number, at: string): Promise<StoredNotificationSettings> {
    const version = expectedVersion + 1;
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.notificationSettings(userId), type: 'notification-settings', userId, settings: notificationSettingsSchema.parse(next), version, updatedAt: at },
          ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(PK)' : 'version = :v',
          ...(expectedVersion === 0 ? {} : { ExpressionAttributeValues: { ':v': expectedVersion } }),
        }),
      );
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') throw new DomainError('precondition_failed', 'precondition_failed');
      throw error;
    }
    return { settings: next, version, updatedAt: at };
  }
}
