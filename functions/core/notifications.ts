import type { Notification } from '#shared/schemas/notification.schema';
import { keys } from './keys';

/**
 * Builds the DynamoDB Put for an inbox item, so callers can put it in the same transaction as the
 * change it reports (a change is never recorded without its notice, nor a notice without its change).
 * `dedupeKey` makes the notice idempotent: writing it twice for the same event is refused by the condition.
 */
export function notificationPut(tableName: string, n: Notification, dedupeKey = n.id) {
  return {
    Put: {
      TableName: tableName,
      Item: { ...keys.notification(n.recipientId, n.createdAt, dedupeKey), ...keys.notificationIndexes(n), type: 'notification', ...n },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}
