import type { Notification } from '#shared/schemas/notification.schema';
import { keys } from './keys';

/**
 * The notice service's first step (issue 12): the DynamoDB Put of an inbox item, so callers can put it in
 * the same transaction as the change it reports (a change is never recorded without its notice, nor a
 * notice without its change, and the in-app notice is never lost). Every notice is also marked for its
 * recipient's other channels — email, WeCom, DingTalk, or their daily digest, as they chose — which the
 * dispatcher (functions/jobs/dispatch-notices.ts) sends through the same PersonalDelivery as the jobs.
 * `outside: false` only where the caller sends those itself at once (a job's PersonalDelivery).
 * `dedupeKey` makes the notice idempotent: writing it twice for the same event is refused by the condition.
 */
export function notificationPut(tableName: string, n: Notification, dedupeKey = n.id, outside = true) {
  return {
    Put: {
      TableName: tableName,
      Item: { ...keys.notification(n.recipientId, n.createdAt, dedupeKey), ...keys.notificationIndexes(n, outside), type: 'notification', ...n },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}
