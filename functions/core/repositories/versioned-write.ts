import { PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Notification } from '#shared/schemas/notification.schema';
import { DomainError } from '../errors';
import { notificationPut } from '../notifications';
import { failedConditions } from './transaction-errors';

/** An inbox notice tied to a change, idempotent by its dedupe key. */
export interface ChangeNotice {
  notification: Notification;
  dedupeKey: string;
}

/** A transaction holds at most 100 items: the item and up to 99 notices; any more are delivered right after. */
const noticesPerTransaction = 99;

/** The condition of every optimistic-locking write: the item is still at the version read. */
export function versionGuard(version: number) {
  return { ConditionExpression: '#v = :v', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': version } };
}

/**
 * Puts an item on condition of the version read (a new item: that none exists), with the notices the change
 * sends, in one transaction: a change never lands without its notices. A failed condition on the item is
 * a 412 (someone changed it meanwhile).
 */
export async function putVersioned(
  client: DynamoDBDocumentClient,
  tableName: string,
  item: Record<string, unknown>,
  previousVersion: number,
  notices: ChangeNotice[] = [],
  extra: Record<string, unknown>[] = [],
): Promise<void> {
  const put = {
    Put: {
      TableName: tableName,
      Item: item,
      ...(previousVersion === 0
        ? { ConditionExpression: 'attribute_not_exists(PK)' }
        : versionGuard(previousVersion)),
    },
  };
  const now = notices.slice(0, noticesPerTransaction - extra.length);
  const later = notices.slice(noticesPerTransaction - extra.length);
  try {
    await client.send(
      new TransactWriteCommand({
        TransactItems: [put, ...extra, ...now.map((n) => notificationPut(tableName, n.notification, n.dedupeKey))] as never,
      }),
    );
  } catch (error) {
    const failed = failedConditions(error);
    if (failed?.[0]) throw new DomainError('precondition_failed', 'precondition_failed');
    if (failed?.some(Boolean)) throw new DomainError('conflict', 'conflict');
    throw error;
  }
  for (const n of later) {
    await client.send(new PutCommand(notificationPut(tableName, n.notification, n.dedupeKey).Put)).catch((e: Error) => {
      if (e.name !== 'ConditionalCheckFailedException') throw e;
    });
  }
}
