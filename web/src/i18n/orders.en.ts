import type { ordersZhCN } from './orders.zh-CN';

/** English order strings: the same keys as orders.zh-CN.ts. */
export const ordersEn: typeof ordersZhCN = {
  unmatchedOrders: {
    title: 'Unmatched orders',
    intro: 'These order events name a customer id or credit code the system does not know. Match each to the right customer: its amount counts towards that customer\u2019s month and the customer is re-tiered at once.',
    orderId: 'Order',
    type: 'Type',
    amount: 'Amount',
    occurredAt: 'Occurred',
    month: 'Month',
    givenCustomer: 'Customer as sent',
    givenId: 'Id: {id}',
    givenCreditCode: 'Credit code: {code}',
    receivedAt: 'Received',
    refundId: 'Refund: {id}',
    match: 'Match',
    empty: 'No unmatched orders',
    matchTitle: 'Match order {orderId}',
    matchIntro: '{type} of {amount}, counted in {month}.',
    customer: 'Customer',
    customerPlaceholder: 'Search by customer name or credit code',
    noCustomers: 'No customers found',
    matchSubmit: 'Match',
    matched: 'Order {orderId} matched to \u201c{name}\u201d.',
    loadMore: 'Load more',
  },
  // Keyed by the event type without its `order.` prefix: vue-i18n reads a dot in a key as a path.
  orderType: {
    paid: 'Payment',
    refunded: 'Refund',
    cancelled: 'Cancellation',
  },
};
