import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Notification } from '#shared/schemas/notification.schema';
import { keys } from '#core/keys';
import { notificationPut } from '#core/notifications';
import { failedConditions } from '#core/repositories/transaction-errors';

/**
 * Writes a stale-archive reminder at most once per customer per week: the customer's reminder marker
 * moves to this week only if it was on an earlier one, in the same transaction as the inbox item (whose
 * dedupe key also names the week). A second run in the same week is refused by the marker's condition.
 */
export class ReminderRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** True when the reminder was written, false when this customer was already reminded this week. */
  async remindOnce(customerId: string, week: string, notice: Notification): Promise<boolean> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...keys.freshnessReminder(customerId), type: 'freshness-reminder', customerId, week, remindedAt: notice.createdAt },
                ConditionExpression: 'attribute_not_exists(PK) OR #week < :week',
                ExpressionAttributeNames: { '#week': 'week' },
                ExpressionAttributeValues: { ':week': week },
              },
            },
            notificationPut(this.tableName, notice, `archive-stale#${customerId}#${week}`),
          ],
        }),
      );
      return true;
    } catch (error) {
      if (failedConditions(error)?.some(Boolean)) return false;
      throw error;
    }
  }
}
