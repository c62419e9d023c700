import type { CustomerOrders, OrderState, OrderStatus, TimelineEntry } from '../schemas/customer-orders.schema';
import { orderEventKey, orderEventPart, type OrderEvent, type OrderEventType } from '../schemas/order-event.schema';

/**
 * An order followed to the money (R11), as a pure function of its events: whatever order they arrived
 * in and however often each came, the same events give the same timeline, status and receivable.
 * Its shapes are the route's answer (shared/schemas/customer-orders.schema.ts).
 */
export type { CustomerOrders, OrderState, OrderStatus, TimelineEntry } from '../schemas/customer-orders.schema';

/** Same-instant events read in the order's natural sequence. */
const typeRank: Record<OrderEventType, number> = {
  'order.placed': 0,
  'order.paid': 1,
  'order.shipped': 2,
  'order.delivered': 3,
  'payment.received': 4,
  'order.refunded': 5,
  'order.cancelled': 6,
};

/** One event per business key; where a key came twice with different bodies, the same one always wins. */
function distinct(events: readonly OrderEvent[]): OrderEvent[] {
  const byKey = new Map<string, { event: OrderEvent; text: string }>();
  for (const event of events) {
    const key = orderEventKey(event);
    const text = JSON.stringify(event);
    const kept = byKey.get(key);
    if (!kept || text < kept.text) byKey.set(key, { event, text });
  }
  return [...byKey.values()].map((v) => v.event);
}

const instant = (e: OrderEvent) => Date.parse(e.data.occurredAt);

function chronological(a: OrderEvent, b: OrderEvent): number {
  return instant(a) - instant(b) || typeRank[a.type] - typeRank[b.type] || (orderEventPart(a) < orderEventPart(b) ? -1 : orderEventPart(a) > orderEventPart(b) ? 1 : 0);
}

function entry(e: OrderEvent): TimelineEntry {
  const { amountFen, paymentDueDate, paymentId, refundId, carrier, waybillNo, warehouse } = e.data;
  const fields = { amountFen, paymentDueDate, paymentId, refundId, carrier, waybillNo, warehouse };
  return { type: e.type, at: e.data.occurredAt, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
}

const sum = (events: OrderEvent[], type: OrderEventType) => events.filter((e) => e.type === type).reduce((total, e) => total + (e.data.amountFen ?? 0), 0);

/** The state of one order from its events (all with the same orderId); `today` is 'YYYY-MM-DD' in Asia/Shanghai. */
export function orderState(orderId: string, events: readonly OrderEvent[], today: string): OrderState {
  const own = distinct(events.filter((e) => e.data.orderId === orderId)).sort(chronological);
  const has = (type: OrderEventType) => own.some((e) => e.type === type);
  const placed = own.find((e) => e.type === 'order.placed');
  const status: OrderStatus = has('order.cancelled')
    ? 'cancelled'
    : has('order.delivered')
      ? 'delivered'
      : has('order.shipped')
        ? 'shipped'
        : !placed && has('order.paid')
          ? 'completed'
          : 'placed';
  const amountFen = placed?.data.amountFen ?? 0;
  const receivedFen = sum(own, 'payment.received');
  const refundedFen = sum(own, 'order.refunded');
  const receivableFen = status === 'cancelled' ? 0 : Math.max(0, amountFen - receivedFen - refundedFen);
  const paymentDueDate = placed?.data.paymentDueDate;
  const overdueFen = paymentDueDate !== undefined && paymentDueDate < today ? receivableFen : 0;
  return { orderId, status, timeline: own.map(entry), amountFen, paymentDueDate, receivedFen, refundedFen, receivableFen, overdueFen };
}

/** A customer's orders from all its events, with the receivable and overdue of its open orders. */
export function customerOrders(events: readonly OrderEvent[], today: string): CustomerOrders {
  const byOrder = new Map<string, OrderEvent[]>();
  const first = new Map<string, number>();
  for (const e of events) {
    byOrder.set(e.data.orderId, [...(byOrder.get(e.data.orderId) ?? []), e]);
    first.set(e.data.orderId, Math.min(first.get(e.data.orderId) ?? Infinity, instant(e)));
  }
  const items = [...byOrder]
    .map(([id, own]) => orderState(id, own, today))
    .sort((a, b) => first.get(b.orderId)! - first.get(a.orderId)! || (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0));
  return {
    items,
    receivableFen: items.reduce((total, o) => total + o.receivableFen, 0),
    overdueFen: items.reduce((total, o) => total + o.overdueFen, 0),
  };
}
