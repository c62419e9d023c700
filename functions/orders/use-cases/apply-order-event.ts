import type { OrderEvent } from '#shared/schemas/order-event.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import type { ApplyOutcome } from '#core/repositories/order.repository';
import type { OrderDeps } from '../deps';

/**
 * The rules every order event goes through, whether the webhook delivered it or a historic-orders
 * file held it (R4):
 * 1. applies it to the customer named by id (the transaction checks the customer exists), else to the
 *    customer holding the credit code;
 * 2. a customer we do not know: the event is kept, listed for Sales to match;
 * 3. applied or kept once per business event (order + type + refund, payment or waybill) and once per
 *    delivery id, whatever the deliveries or their order: a repeat is `duplicate` and changes nothing;
 * 4. the order's receivable is recomputed from all its events (R11) — on a repeat too, so a delivery
 *    retried after a failure part-way still leaves it right.
 * The caller re-tiers the customer afterwards.
 */
export async function applyOrderEvent(
  deps: Pick<OrderDeps, 'orders' | 'customers' | 'receivables' | 'now'>,
  event: OrderEvent,
  deliveryId: string,
): Promise<{ outcome: ApplyOutcome; customerId?: string }> {
  const receivedAt = deps.now().toISOString();
  const { id, creditCode } = event.data.customer;
  let customerId = id;
  let outcome = id ? await deps.orders.apply(event, deliveryId, id, receivedAt) : 'unknown-customer';
  if (outcome === 'unknown-customer' && creditCode) {
    customerId = (await deps.customers.findByCreditCode(creditCode))?.id;
    if (customerId) outcome = await deps.orders.apply(event, deliveryId, customerId, receivedAt);
  }
  if (outcome === 'unknown-customer' || !customerId) return { outcome: await deps.orders.keepUnmatched(event, deliveryId, receivedAt) };
  await refreshReceivable(deps, customerId, event.data.orderId);
  return { outcome, customerId };
}

/** Recomputes one order's receivable from its events, as of today in Asia/Shanghai. */
export async function refreshReceivable(deps: Pick<OrderDeps, 'receivables' | 'now'>, customerId: string, orderId: string): Promise<void> {
  const now = deps.now();
  await deps.receivables.refresh(customerId, orderId, shanghaiDate(now), now.toISOString());
}
