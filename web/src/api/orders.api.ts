import type { CustomerOrders } from '#shared/orders/order-state';
import type { OrderEvent } from '#shared/schemas/order-event.schema';
import type { OverdueList } from '#shared/schemas/receivable.schema';
import { apiRequest } from './api-client';
import { apiDownload, saveBlob } from './file-transfer';

/** An order event kept because the order system named a customer we did not recognise (R4). */
export interface UnmatchedOrderEvent {
  eventKey: string;
  status: 'unmatched' | 'applied';
  month: string;
  deltaFen: number;
  receivedAt: string;
  event: OrderEvent;
}

export interface UnmatchedPage {
  items: UnmatchedOrderEvent[];
  nextCursor: string | null;
}

export async function listUnmatchedEvents(params: { cursor?: string; limit?: number }): Promise<UnmatchedPage> {
  const { data } = await apiRequest<UnmatchedPage>('GET', '/order-events/unmatched', { query: { ...params } });
  return data;
}

/** Applies the event to the customer and re-tiers it at once; 404 when someone matched it meanwhile. */
export async function matchOrderEvent(eventKey: string, customerId: string): Promise<UnmatchedOrderEvent> {
  // The key holds `|` (order|type|refund): always encoded.
  const { data } = await apiRequest<UnmatchedOrderEvent>('POST', `/order-events/${encodeURIComponent(eventKey)}/match`, { body: { customerId } });
  return data;
}

/** A customer's orders followed to the money (R11): each order's status and timeline, and what is owed. */
export type { CustomerOrders };

export async function getCustomerOrders(customerId: string): Promise<CustomerOrders> {
  const { data } = await apiRequest<CustomerOrders>('GET', `/customers/${encodeURIComponent(customerId)}/orders`);
  return data;
}

/** Overdue 回款 in the caller's scope, narrowed to a unit or an owner. */
export async function listOverdue(filters: { unitId?: string; ownerId?: string }): Promise<OverdueList> {
  const { data } = await apiRequest<OverdueList>('GET', '/receivables/overdue', { query: { ...filters } });
  return data;
}

/** The same list under the same filters as an .xlsx the browser saves (GET /receivables/overdue/export). */
export async function exportOverdue(filters: { unitId?: string; ownerId?: string }): Promise<void> {
  const { blob, fileName } = await apiDownload('/receivables/overdue/export', { ...filters });
  saveBlob(blob, fileName ?? `overdue-receivables-${new Date().toISOString().slice(0, 10)}.xlsx`);
}
