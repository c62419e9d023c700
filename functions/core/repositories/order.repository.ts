import { GetCommand, PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { orderEventKey, totalDeltaFen, type applyOutcomes, type OrderEvent, type StoredOrderEvent } from '#shared/schemas/order-event.schema';
import { shanghaiMonth } from '#shared/shanghai-time';
import { DomainError } from '../errors';
import { keys } from '../keys';
import { queryPartition } from './query-pages';

export type ApplyOutcome = (typeof applyOutcomes)[number];
/** `unknown-customer`: no such customer id; nothing was written. */
export type ApplyResult = ApplyOutcome | 'unknown-customer';

export type { StoredOrderEvent };

/**
 * Order events and the monthly totals they move. Each event is recorded once by its business key
 * (order + type + refund, payment or waybill) and each delivery once by its webhook-id, in the same
 * transaction as the total and the copy in the customer's partition its orders are read from (R11): a
 * duplicate delivery, however it arrives, fails the condition and changes nothing. Events that only
 * follow the order (placed, shipped, delivered, payment received) move no total (R4 unchanged).
 */
export class OrderRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * Applies the event to the customer's month, checking in the same transaction that the customer
   * exists (no read first); 'duplicate' when this event or delivery was seen before.
   */
  async apply(event: OrderEvent, webhookId: string, customerId: string, receivedAt: string): Promise<ApplyResult> {
    const record = this.record(event, webhookId, receivedAt);
    const stored: StoredOrderEvent = { ...record, status: 'applied', customerId, appliedAt: receivedAt };
    const customerCheck = {
      ConditionCheck: { TableName: this.tableName, Key: keys.customer(customerId), ConditionExpression: 'attribute_exists(PK)' },
    };
    const failed = await this.write([
      { Put: { TableName: this.tableName, Item: { ...keys.orderEvent(record.eventKey), type: 'order-event', ...stored }, ConditionExpression: 'attribute_not_exists(PK)' } },
      this.delivery(webhookId, record.eventKey),
      customerCheck,
      this.customerCopy(customerId, record.eventKey, event, receivedAt),
      ...this.addToMonth(customerId, record.month, record.deltaFen),
    ]);
    if (!failed) return 'applied';
    return failed[0] || failed[1] ? 'duplicate' : 'unknown-customer';
  }

  /** Keeps an event for a customer we do not know, listed for Sales to match (R4: kept, not lost). */
  async keepUnmatched(event: OrderEvent, webhookId: string, receivedAt: string): Promise<ApplyOutcome> {
    const record = this.record(event, webhookId, receivedAt);
    const stored: StoredOrderEvent = { ...record, status: 'unmatched' };
    const failed = await this.write([
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.orderEvent(record.eventKey), ...keys.unmatchedIndexes(receivedAt, record.eventKey), type: 'order-event', ...stored },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      this.delivery(webhookId, record.eventKey),
    ]);
    return failed ? 'duplicate' : 'unmatched';
  }

  /** Applies a kept event to the customer Sales matched it with; refused if it was matched meanwhile. */
  async match(eventKey: string, customerId: string, by: string, at: string): Promise<StoredOrderEvent> {
    const existing = await this.get(eventKey);
    if (!existing || existing.status !== 'unmatched') throw new DomainError('not_found', 'not_found');
    const failed = await this.write([
      {
        Update: {
          TableName: this.tableName,
          Key: keys.orderEvent(eventKey),
          UpdateExpression: 'SET #s = :applied, customerId = :c, appliedAt = :at, matchedBy = :by REMOVE GSI1PK, GSI1SK',
          ConditionExpression: '#s = :unmatched',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':applied': 'applied', ':unmatched': 'unmatched', ':c': customerId, ':at': at, ':by': by },
        },
      },
      this.customerCopy(customerId, eventKey, existing.event, at),
      ...this.addToMonth(customerId, existing.month, existing.deltaFen),
    ]);
    if (failed) throw new DomainError('conflict', 'conflict');
    return { ...existing, status: 'applied', customerId, appliedAt: at, matchedBy: by };
  }

  /**
   * Writes an applied event's copy into its customer's partition if it is not there yet (events applied before
   * the copies existed, issue 17): true when written. Never overwrites a copy, so a rerun changes nothing.
   */
  async copyToCustomer(stored: StoredOrderEvent & { customerId: string }): Promise<boolean> {
    const { Put } = this.customerCopy(stored.customerId, stored.eventKey, stored.event, stored.appliedAt ?? stored.receivedAt);
    try {
      await this.client.send(new PutCommand({ ...Put, ConditionExpression: 'attribute_not_exists(PK)' }));
      return true;
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      return false;
    }
  }

  async get(eventKey: string): Promise<StoredOrderEvent | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.orderEvent(eventKey) }));
    return out.Item as StoredOrderEvent | undefined;
  }

  async listUnmatched(page: { limit: number; cursor?: string }) {
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, { ...keys.unmatchedPartition(), ...page });
    return { items: items.map(({ PK, SK, GSI1PK, GSI1SK, type, ...rest }) => rest as unknown as StoredOrderEvent), nextCursor };
  }

  private record(event: OrderEvent, webhookId: string, receivedAt: string) {
    return {
      eventKey: orderEventKey(event),
      month: shanghaiMonth(event.data.occurredAt),
      deltaFen: totalDeltaFen(event),
      webhookId,
      receivedAt,
      event,
    };
  }

  private delivery(webhookId: string, eventKey: string) {
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...keys.webhookDelivery(webhookId), type: 'webhook-delivery', eventKey },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    };
  }

  /** The event in its customer's partition, where the customer's orders are read from (R11). */
  private customerCopy(customerId: string, eventKey: string, event: OrderEvent, appliedAt: string) {
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...keys.customerOrderEvent(customerId, eventKey), type: 'customer-order-event', customerId, orderId: event.data.orderId, eventKey, appliedAt, event },
      },
    };
  }

  /** The month total's update; none for an event that moves no total (R11's tracking events). */
  private addToMonth(customerId: string, month: string, deltaFen: number) {
    if (deltaFen === 0) return [];
    return [{
      Update: {
        TableName: this.tableName,
        Key: keys.monthTotal(customerId, month),
        UpdateExpression: 'ADD amountFen :d, eventCount :one SET #m = :m, customerId = :c, #t = :type',
        ExpressionAttributeNames: { '#m': 'month', '#t': 'type' },
        ExpressionAttributeValues: { ':d': deltaFen, ':one': 1, ':m': month, ':c': customerId, ':type': 'month-total' },
      },
    }];
  }

  /**
   * Runs the transaction; returns undefined on success, else which items failed their condition.
   * DynamoDB cancels concurrent transactions on the same items with TransactionConflict: those are
   * retried with jittered backoff.
   */
  private async write(items: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>): Promise<boolean[] | undefined> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.client.send(new TransactWriteCommand({ TransactItems: items }));
        return undefined;
      } catch (error) {
        const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
        if ((error as Error).name !== 'TransactionCanceledException' || !reasons) throw error;
        if (reasons.some((r) => r.Code === 'ConditionalCheckFailed')) return reasons.map((r) => r.Code === 'ConditionalCheckFailed');
        if (attempt >= 8 || !reasons.some((r) => r.Code === 'TransactionConflict')) throw error;
        await sleep(Math.random() * 20 * 2 ** attempt);
      }
    }
  }
}
