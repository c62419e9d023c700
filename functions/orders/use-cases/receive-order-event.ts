import type { OrderEvent, OrderEventReceipt } from '#shared/schemas/order-event.schema';
import { DomainError } from '#core/errors';
import { logEvents } from '#core/log-events';
import { logger } from '#core/logger';
import { retierCustomer } from '../../tiers/use-cases/retier-customer';
import type { OrderDeps } from '../deps';
import { applyOrderEvent } from './apply-order-event';

export interface ReceiveResult {
  status: 200 | 202;
  body: OrderEventReceipt;
}

/**
 * Takes one verified order event (R4):
 * 1. applies it through the order rules (apply-order-event.ts): to the customer named by id, else by
 *    credit code; an unknown customer's event is kept for Sales to match (202); counted once, whatever
 *    the deliveries;
 * 2. re-tiers the customer at once — also on a duplicate, so a delivery retried after a failure
 *    part-way still ends with the right tier (re-tiering writes nothing when nothing changes);
 *    if the customer is being written too busily, the re-tier is left to the next event or tonight.
 */
export async function receiveOrderEvent(deps: OrderDeps, event: OrderEvent, webhookId: string): Promise<ReceiveResult> {
  const { outcome, customerId } = await applyOrderEvent(deps, event, webhookId);
  if (!customerId) {
    // Counted by the UnmatchedOrderEvents metric filter: Sales should match these (SPA 待匹配订单).
    if (outcome === 'unmatched') logger.info(logEvents.orderEventUnmatched, { orderId: event.data.orderId });
    return { status: outcome === 'unmatched' ? 202 : 200, body: { status: outcome } };
  }
  try {
    await retierCustomer(deps, customerId, { source: 'order', by: 'order-system' });
  } catch (error) {
    // The event is applied either way; under heavy contention the tier catches up with the next
    // event or tonight's run, and the order system must not resend what was counted.
    if (!(error instanceof DomainError && error.kind === 'conflict')) throw error;
    logger.warn('re-tier deferred after repeated write conflicts', { customerId });
  }
  return { status: 200, body: { status: outcome, customerId } };
}
