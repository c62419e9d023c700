import { customerOrders, type CustomerOrders } from '#shared/orders/order-state';
import { shanghaiDate } from '#shared/shanghai-time';
import type { Principal } from '#core/principal';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { OrderDeps } from '../deps';

/**
 * A customer's orders followed to the money (R11):
 * 1. the customer must be in the caller's scope (else 404, as the customer itself);
 * 2. every event applied to it is read from its partition and folded (shared/orders/order-state.ts) as of
 *    today in Asia/Shanghai: each order's status and timeline, the receivable and overdue of open orders.
 */
export async function listCustomerOrders(deps: Pick<OrderDeps, 'customers' | 'receivables' | 'now'>, customerId: string, principal: Principal): Promise<CustomerOrders> {
  await getCustomer(deps, customerId, principal);
  return customerOrders(await deps.receivables.customerEvents(customerId), shanghaiDate(deps.now()));
}
