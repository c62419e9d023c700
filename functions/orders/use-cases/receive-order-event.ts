import type { OrderEvent } from '#shared/schemas/order-event.schema';
import { DomainError } from '#core/errors';
import { logger } from '#core/logger';
import type { ApplyOutcome } from '#core/repositories/order.repository';
import { retierCustomer } from '../../tiers/use-cases/retier-customer';
import type { OrderDeps } from '../deps';

export interface ReceiveResult {
  status: 200 | 202;
  body: { status: ApplyOutcome; eventKey?: string; customerId?: string };
}

/**
 * Takes one verified order event (R4):
 * 1. applies it to the customer named by id (the transaction checks it exists), else by credit code;
 * 2. unknown customer: keeps the event for Sales to match (202);
 * 3. known: adds or subtracts the amount in the month of `occurredAt` once, whatever the deliveries;
 * 4. re-tiers the customer at once — also on a duplicate, so a delivery retried after a failure
 *    part-way still ends with the right tier (re-tiering writes nothing when nothing changes);
 *    if the customer is being written too busily, the re-tier is left to the next event or tonight.
 */
export async function receiveOrderEvent(deps: OrderDeps, event: OrderEvent, webhookId: string): Promise<ReceiveResult> {
  const receivedAt = deps.now().toISOString();
  const { id, creditCode } = event.data.customer;
  let customerId = id;
  let outcome = id ? await deps.orders.apply(event, webhookId, id, receivedAt) : 'unknown-customer';
  if (outcome === 'unknown-customer' && creditCode) {
    customerId = (await deps.customers.findByCreditCode(creditCode))?.id;
    if (customerId) outcome = await deps.orders.apply(event, webhookId, customerId, receivedAt);
  }
  if (outcome === 'unknown-customer' || !customerId) {
    const kept = await deps.orders.keepUnmatched(event, webhookId, receivedAt);
    return { status: kept === 'unmatched' ? 202 : 200, body: { status: kept } };
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
