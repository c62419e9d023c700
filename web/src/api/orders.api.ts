import { api, type ApiAnswer } from './api-client';
import { apiDownload, saveBlob } from './file-transfer';

// The answers' types come from the routes' contracts (shared/contracts/orders.contract.ts, receivables.contract.ts).
/** An order event kept because the order system named a customer we did not recognise (R4). */
export type UnmatchedOrderEvent = ApiAnswer<'GET /order-events/unmatched'>['items'][number];
/** A customer's orders followed to the money (R11): each order's status and timeline, and what is owed. */
export type CustomerOrders = ApiAnswer<'GET /customers/{customerId}/orders'>;

export async function listUnmatchedEvents(query: { cursor?: string; limit?: number }): Promise<ApiAnswer<'GET /order-events/unmatched'>> {
  return (await api('GET /order-events/unmatched', { query })).data;
}

/** Applies the event to the customer and re-tiers it at once; 404 when someone matched it meanwhile. */
export async function matchOrderEvent(eventKey: string, customerId: string): Promise<UnmatchedOrderEvent> {
  // The key holds `|` (order|type|refund): api() encodes every path parameter.
  return (await api('POST /order-events/{eventKey}/match', { params: { eventKey }, body: { customerId } })).data;
}

export async function getCustomerOrders(customerId: string): Promise<CustomerOrders> {
  return (await api('GET /customers/{customerId}/orders', { params: { customerId } })).data;
}

/** Overdue 回款 in the caller's scope, narrowed to a unit or an owner. */
export async function listOverdue(filters: { unitId?: string; ownerId?: string }): Promise<ApiAnswer<'GET /receivables/overdue'>> {
  return (await api('GET /receivables/overdue', { query: filters })).data;
}

/** The same list under the same filters as an .xlsx the browser saves (GET /receivables/overdue/export). */
export async function exportOverdue(filters: { unitId?: string; ownerId?: string }): Promise<void> {
  const { blob, fileName } = await apiDownload('/receivables/overdue/export', { ...filters });
  saveBlob(blob, fileName ?? `overdue-receivables-${new Date().toISOString().slice(0, 10)}.xlsx`);
}
