import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { orderState } from '#shared/orders/order-state';
import { orderEventSchema, type OrderEvent } from '#shared/schemas/order-event.schema';
import { keys } from '../keys';

/** What one order still owes, as last recomputed from its events (R11). */
export interface StoredReceivable {
  customerId: string;
  orderId: string;
  receivableFen: number;
  paymentDueDate?: string;
  /** How many distinct events it was computed from: a write from fewer never replaces one from more. */
  eventCount: number;
  updatedAt: string;
}

/** Reads past this many overdue orders are cut short: the list says so rather than time out. */
export const overdueReadLimit = 5_000;

/**
 * A customer's order events (the copies in its partition, functions/core/repositories/order.repository.ts)
 * and each order's receivable, recomputed from them. Reads are strongly consistent: the receivable is
 * recomputed right after an event is written and must see it.
 */
export class ReceivableRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Every event applied to the customer, in key order (the fold puts them in time order). */
  async customerEvents(customerId: string, orderId?: string): Promise<OrderEvent[]> {
    const prefix = `${keys.customerOrderEventPrefix}${orderId === undefined ? '' : `${orderId}|`}`;
    const events: OrderEvent[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.customer(customerId).PK, ':prefix': prefix },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? []) events.push(orderEventSchema.parse(item.event));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    // An order id that is a prefix of another ("A" and "A|B") shares the key prefix: keep this order's own.
    return orderId === undefined ? events : events.filter((e) => e.data.orderId === orderId);
  }

  /**
   * Recomputes what the order owes from all its events and stores it (indexed by due date while something
   * is owed). Two recomputations racing: the one that saw more events wins, so the last event is never lost;
   * a redelivery recomputes again, so a write lost to a failure heals on the order system's retry.
   */
  async refresh(customerId: string, orderId: string, today: string, at: string): Promise<StoredReceivable> {
    const events = await this.customerEvents(customerId, orderId);
    const state = orderState(orderId, events, today);
    const stored: StoredReceivable = {
      customerId,
      orderId,
      receivableFen: state.receivableFen,
      ...(state.paymentDueDate ? { paymentDueDate: state.paymentDueDate } : {}),
      eventCount: state.timeline.length,
      updatedAt: at,
    };
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.receivable(customerId, orderId), ...keys.receivableIndexes(stored), type: 'receivable', ...stored },
          ConditionExpression: 'attribute_not_exists(PK) OR eventCount <= :n',
          ExpressionAttributeValues: { ':n': stored.eventCount },
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
    return stored;
  }

  /** Orders with money owed whose due date is before `today` ('YYYY-MM-DD'), oldest due first. */
  async overdue(today: string): Promise<{ items: StoredReceivable[]; truncated: boolean }> {
    return this.owed('GSI3SK < :today', { ':today': today });
  }

  /** Orders with money owed falling due from `from` to `to` (both 'YYYY-MM-DD', inclusive), soonest first. */
  async dueBetween(from: string, to: string): Promise<{ items: StoredReceivable[]; truncated: boolean }> {
    // Sort keys are `<due date>#<customer>#<order>`: every key of the day `to` sorts before `<to>#\uffff`.
    return this.owed('GSI3SK BETWEEN :from AND :to', { ':from': from, ':to': `${to}#\uffff` });
  }

  private async owed(range: string, values: Record<string, string>): Promise<{ items: StoredReceivable[]; truncated: boolean }> {
    const index = keys.receivablesByDueDate();
    const items: StoredReceivable[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.index,
          KeyConditionExpression: `GSI3PK = :pk AND ${range}`,
          ExpressionAttributeValues: { ':pk': index.pk, ...values },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const i of out.Items ?? []) {
        items.push({
          customerId: String(i.customerId),
          orderId: String(i.orderId),
          receivableFen: Number(i.receivableFen),
          paymentDueDate: String(i.paymentDueDate),
          eventCount: Number(i.eventCount),
          updatedAt: String(i.updatedAt),
        });
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey && items.length < overdueReadLimit);
    return { items, truncated: Boolean(startKey) };
  }
}
