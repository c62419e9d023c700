import { PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { revisitSchema, type Revisit } from '#shared/schemas/revisit.schema';
import { DomainError } from '../errors';
import { keys, withoutKeys } from '../keys';
import { queryPartition } from './query-pages';
import type { LinkedWrite } from './service-request.repository';
import { failedConditions } from './transaction-errors';

/** What one channel did with one reminder, kept on the day's reminder item. */
export interface DeliveryRecord {
  channel: string;
  recipientId: string;
  ok: boolean;
  attempts: number;
  error?: string;
}

/** Revisit records (R6), in their customer's partition by time, and the daily reminder claims. */
export class RevisitRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * Writes a new revisit; the condition refuses a second write of the same id. `linked` writes (the record
   * it was turned from, its entry in the opinions register) land in the same transaction or not at all.
   */
  async create(revisit: Revisit, linked: LinkedWrite[] = []): Promise<void> {
    const parsed = revisitSchema.parse(revisit);
    const put = {
      TableName: this.tableName,
      Item: { ...keys.revisit(parsed.customerId, parsed.visitedAt, parsed.id), type: 'revisit', ...parsed },
      ConditionExpression: 'attribute_not_exists(PK)',
    };
    if (linked.length === 0) {
      await this.client.send(new PutCommand(put));
      return;
    }
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: [{ Put: put }, ...linked] }));
    } catch (error) {
      if (failedConditions(error)?.some(Boolean)) throw new DomainError('conflict', 'conflict');
      throw error;
    }
  }

  /** A page of a customer's revisits, newest first, optionally between two instants (`from` inclusive, `before` exclusive). */
  async page(customerId: string, range: { from?: string; before?: string }, page: { limit: number; cursor?: string }) {
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, {
      pk: keys.customer(customerId).PK,
      sortKey: sortRange(range),
      newestFirst: true,
      ...page,
    });
    return { items: items.map(parse), nextCursor };
  }

  /** Every revisit of a customer between two instants, oldest first (a period holds a handful). */
  async between(customerId: string, from: string, before: string): Promise<Revisit[]> {
    const out: Revisit[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const res = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :before',
          ExpressionAttributeValues: { ':pk': keys.customer(customerId).PK, ...boundValues(from, before) },
          ExclusiveStartKey: startKey,
        }),
      );
      out.push(...(res.Items ?? []).map(parse));
      startKey = res.LastEvaluatedKey;
    } while (startKey);
    return out;
  }

  /**
   * One revisit of a customer by its id. Its key holds the instant, which the caller does not know: a Query
   * of the customer's revisits filtered by id (a customer has a few dozen a year).
   */
  async get(customerId: string, revisitId: string): Promise<Revisit | undefined> {
    let startKey: Record<string, unknown> | undefined;
    do {
      const res = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :r)',
          FilterExpression: 'id = :id',
          ExpressionAttributeValues: { ':pk': keys.customer(customerId).PK, ':r': keys.revisitPrefix, ':id': revisitId },
          ExclusiveStartKey: startKey,
        }),
      );
      const found = res.Items?.[0];
      if (found) return parse(found);
      startKey = res.LastEvaluatedKey;
    } while (startKey);
    return undefined;
  }

  /**
   * The write that marks follow-up item `index` of a revisit as turned into service request `requestId`,
   * for the request's own transaction (R6 → R7). Its condition — the item still open, at that place —
   * is what refuses a second request for the same item, however close together the two come.
   */
  linkIssueToRequest(revisit: Revisit, index: number, requestId: string): LinkedWrite {
    return {
      Update: {
        TableName: this.tableName,
        Key: keys.revisit(revisit.customerId, revisit.visitedAt, revisit.id),
        UpdateExpression: `SET issues[${index}].#s = :turned, issues[${index}].serviceRequestId = :rid, version = version + :one`,
        ConditionExpression: `issues[${index}].id = :item AND issues[${index}].#s = :open`,
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':turned': 'turned-into-request', ':rid': requestId, ':one': 1, ':item': revisit.issues[index]!.id, ':open': 'open' },
      },
    };
  }

  /**
   * Claims the day's reminder for one obligation: true for the first claim that day, false for any later
   * one (the conditional Put is what makes the job safe to run any number of times a day).
   */
  async claimReminder(date: string, customerId: string, obligationKey: string, details: Record<string, unknown>, at: string): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.revisitReminder(date, customerId, obligationKey), type: 'revisit-reminder', customerId, obligationKey, date, claimedAt: at, ...details },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /** Records what each channel did with the reminder (failures included, for whoever looks after delivery). */
  async recordDeliveries(date: string, customerId: string, obligationKey: string, deliveries: DeliveryRecord[]): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.revisitReminder(date, customerId, obligationKey),
        UpdateExpression: 'SET deliveries = :d, failed = :f',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':d': deliveries, ':f': deliveries.filter((d) => !d.ok).length },
      }),
    );
  }

  /** The reminders claimed on one day (for the tests and for support: what went out, what failed). */
  async remindersOn(date: string): Promise<Record<string, unknown>[]> {
    const { items } = await queryPartition(this.client, this.tableName, { pk: keys.revisitReminder(date, '', '').PK, limit: 1000 });
    return items.map((i) => withoutKeys(i));
  }
}

const parse = (item: Record<string, unknown>) => revisitSchema.parse(withoutKeys(item));

/** Sort-key bounds of revisits between two instants; `REVISIT#<before>` itself is never a key (keys go on with `#id`). */
function boundValues(from: string, before: string) {
  return { ':from': `${keys.revisitPrefix}${from}`, ':before': `${keys.revisitPrefix}${before}` };
}

function sortRange(range: { from?: string; before?: string }) {
  if (!range.from && !range.before) return { beginsWith: keys.revisitPrefix };
  return {
    from: `${keys.revisitPrefix}${range.from ?? ''}`,
    // '$' sorts just after '#', so without an upper instant the range ends with the revisits.
    before: range.before ? `${keys.revisitPrefix}${range.before}` : 'REVISIT$',
  };
}
