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
