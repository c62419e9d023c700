import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { orderEventSchema } from '#shared/schemas/order-event.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import { forEachLimited } from '#core/concurrency';
import { OrderRepository, type StoredOrderEvent } from '#core/repositories/order.repository';
import { ReceivableRepository } from '#core/repositories/receivable.repository';
import { scanAllSegments } from '../segmented-scan';

export interface BackfillSummary {
  /** Applied order events read. */
  events: number;
  /** Copies written into their customer's partition (`TRADE#…`). */
  copied: number;
  /** Already there (applied since issue 17, or an earlier run). */
  alreadyThere: number;
  /** Orders whose receivable was recomputed because a copy was added. */
  ordersRefreshed: number;
}

/**
 * Order events applied before each event was also copied into its customer's partition (issue 17) — historic
 * `order.paid`, refunds and cancellations from the webhook or the file import — are missing from the customer's
 * orders page. This job, on demand and safe to rerun:
 * 1. reads every applied order event (a segmented Scan of `ORDEREVT#` items: a job, never a request path);
 * 2. writes each one's copy `CUST#<id>` / `TRADE#<eventKey>` where none exists (never overwriting one);
 * 3. recomputes the receivable of each order that got a copy, as the webhook does after every event.
 * Monthly totals are not touched: those events were counted when they were applied (R4).
 */
export async function backfillOrderCopies(client: DynamoDBDocumentClient, tableName: string, now = () => new Date(), totalSegments = 4): Promise<BackfillSummary> {
  const orders = new OrderRepository(client, tableName);
  const receivables = new ReceivableRepository(client, tableName);
  const summary: BackfillSummary = { events: 0, copied: 0, alreadyThere: 0, ordersRefreshed: 0 };
  const touched = new Set<string>();
  const filter = { expression: '#type = :type AND #status = :applied', names: { '#type': 'type', '#status': 'status' }, values: { ':type': 'order-event', ':applied': 'applied' } };
  await scanAllSegments(client, tableName, { totalSegments, filter }, async (items) => {
    const applied = items
      .map((i) => i as unknown as StoredOrderEvent)
      .filter((e): e is StoredOrderEvent & { customerId: string } => typeof e.customerId === 'string' && e.customerId !== '')
      .map((e) => ({ ...e, event: orderEventSchema.parse(e.event) }));
    summary.events += applied.length;
    await forEachLimited(applied, 8, async (e) => {
      if (await orders.copyToCustomer(e)) {
        summary.copied++;
        touched.add(JSON.stringify([e.customerId, e.event.data.orderId]));
      } else {
        summary.alreadyThere++;
      }
    });
  });
  const at = now();
  await forEachLimited([...touched], 8, async (key) => {
    const [customerId, orderId] = JSON.parse(key) as [string, string];
    await receivables.refresh(customerId, orderId, shanghaiDate(at), at.toISOString());
    summary.ordersRefreshed++;
  });
  return summary;
}
