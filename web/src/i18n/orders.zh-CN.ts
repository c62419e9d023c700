/** Order strings (issue 4): unmatched order events. orders.en.ts has the same shape. */
export const ordersZhCN = {
  unmatchedOrders: {
    title: '待匹配订单',
    intro: '以下订单事件所带的客户编号或统一社会信用代码在系统中找不到。核对后将其匹配到正确的客户：金额计入该客户对应月份的交易额，并立即重新定级。',
    orderId: '订单号',
    type: '类型',
    amount: '金额',
    occurredAt: '发生时间',
    month: '计入月份',
    givenCustomer: '订单系统提供的客户',
    givenId: '客户编号：{id}',
    givenCreditCode: '信用代码：{code}',
    receivedAt: '接收时间',
    refundId: '退款单号：{id}',
    match: '匹配客户',
    empty: '没有待匹配的订单',
    matchTitle: '匹配订单 {orderId}',
    matchIntro: '{type} {amount}，计入 {month}。',
    customer: '客户',
    customerPlaceholder: '输入客户名称或统一社会信用代码搜索',
    noCustomers: '没有找到客户',
    matchSubmit: '确认匹配',
    matched: '订单 {orderId} 已匹配到“{name}”。',
    loadMore: '加载更多',
  },
  // Keyed by the event type without its `order.` prefix: vue-i18n reads a dot in a key as a path.
  orderType: {
    paid: '付款',
    refunded: '退款',
    cancelled: '取消',
  },
};
