import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { OrderEvent } from '../../shared/schemas/order-event.schema';

/** Headers of a Standard Webhooks delivery of `body`, as the order system would send it. */
export function signed(body: string, options: { id?: string; at?: Date; secrets?: string[] } = {}) {
  const id = options.id ?? `msg_${randomUUID()}`;
  const at = options.at ?? new Date();
  const secrets = options.secrets ?? [process.env.WEBHOOK_SECRET!];
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((s) => new Webhook(s).sign(id, at, body)).join(' '),
  };
}

let counter = 0;
export function paidEvent(customer: OrderEvent['data']['customer'], amountFen: number, occurredAt = new Date().toISOString(), type: OrderEvent['type'] = 'order.paid'): OrderEvent {
  counter++;
  return {
    type,
    timestamp: new Date().toISOString(),
    data: { orderId: `SO-${Date.now()}-${counter}`, customer, amountFen, currency: 'CNY', occurredAt, ...(type === 'order.refunded' ? { refundId: `RF-${counter}` } : {}) },
  };
}

/**
 * One order followed to the money (R11), as the order system sends it: placed `daysAgo` days ago with
 * `dueDate`, shipped, delivered, and the `payments` received, each `data` for `customer`.
 */
export function trackedOrder(
  customer: OrderEvent['data']['customer'],
  orderId: string,
  o: { amountFen: number; dueDate: string; daysAgo: number; payments?: number[]; shipped?: boolean; delivered?: boolean; now?: number },
): OrderEvent[] {
  const day = 24 * 60 * 60 * 1000;
  const at = (n: number) => new Date((o.now ?? Date.now()) - (o.daysAgo - n) * day).toISOString();
  const event = (type: OrderEvent['type'], n: number, data: Partial<OrderEvent['data']> = {}): OrderEvent => ({
    type,
    timestamp: at(n),
    data: { orderId, customer, occurredAt: at(n), ...data },
  });
  return [
    event('order.placed', 0, { amountFen: o.amountFen, currency: 'CNY', paymentDueDate: o.dueDate }),
    ...(o.shipped === false ? [] : [event('order.shipped', 1, { carrier: '顺丰速运', waybillNo: `SF-${orderId}`, warehouse: '嘉兴一号仓' })]),
    ...(o.shipped === false || o.delivered === false ? [] : [event('order.delivered', 2, { waybillNo: `SF-${orderId}` })]),
    ...(o.payments ?? []).map((amountFen, i) => event('payment.received', 3 + i * 0.1, { amountFen, currency: 'CNY', paymentId: `PAY-${orderId}-${i + 1}` })),
  ];
}
