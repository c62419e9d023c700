import type { Principal } from '#core/principal';
import type { StoredOrderEvent } from '#core/repositories/order.repository';
import { getCustomer } from '../../customers/use-cases/get-customer';
import { retierCustomer } from '../../tiers/use-cases/retier-customer';
import type { OrderDeps } from '../deps';
import { refreshReceivable } from './apply-order-event';

/**
 * Sales names the customer of a kept event (R4):
 * 1. the customer must exist and be visible to the caller;
 * 2. the event is applied to the customer's month once (refused if matched meanwhile);
 * 3. the order's receivable is recomputed (R11) and the customer is re-tiered at once.
 */
export async function matchOrderEvent(deps: OrderDeps, eventKey: string, customerId: string, principal: Principal): Promise<StoredOrderEvent> {
  await getCustomer(deps, customerId, principal);
  const event = await deps.orders.match(eventKey, customerId, principal.id, deps.now().toISOString());
  await refreshReceivable(deps, customerId, event.event.data.orderId);
  await retierCustomer(deps, customerId, { source: 'match', by: principal.id });
  return event;
}
