import * as z from 'zod';

export const orderEventTypes = ['order.paid', 'order.refunded', 'order.cancelled'] as const;
export type OrderEventType = (typeof orderEventTypes)[number];

/** ISO-8601 with an explicit offset or Z, so the month in Asia/Shanghai is never a guess. */
const instant = z.iso.datetime({ offset: true });

/**
 * The window an order event's dates must fall in: not before the company's first order year (the order
 * system's history starts there; an older date is a sender's bug, e.g. a default 1900-01-01) and not more
 * than a day ahead of now (clock skew between the systems, never a future sale counted today).
 */
export const firstOrderYear = 2000;
const aheadAllowanceMs = 24 * 60 * 60 * 1000;
export function isPlausibleOrderInstant(iso: string, now = Date.now()): boolean {
  const at = Date.parse(iso);
  return at >= Date.UTC(firstOrderYear, 0, 1) - 8 * 60 * 60 * 1000 && at <= now + aheadAllowanceMs;
}
const plausibleInstant = instant.refine((v) => isPlausibleOrderInstant(v), { error: 'orders.dateOutOfRange' });

/**
 * The order system's event (R4, docs/webhooks.md). Paid adds `amountFen` to the customer's month of
 * `occurredAt` (Asia/Shanghai); refunded and cancelled subtract it. Unknown fields are tolerated so the
 * order system can add some without breaking deliveries.
 */
export const orderEventSchema = z
  .object({
    type: z.enum(orderEventTypes),
    timestamp: plausibleInstant,
    data: z.object({
      orderId: z.string().trim().min(1).max(100),
      refundId: z.string().trim().min(1).max(100).optional(),
      customer: z
        .object({ id: z.string().trim().min(1).max(64).optional(), creditCode: z.string().trim().length(18).optional() })
        .refine((c) => c.id || c.creditCode, { error: 'orders.customerRequired' }),
      amountFen: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
      currency: z.literal('CNY', { error: 'orders.currency' }),
      occurredAt: plausibleInstant,
    }),
  })
  .refine((e) => e.type !== 'order.refunded' || e.data.refundId, { error: 'orders.refundIdRequired', path: ['data', 'refundId'] });
export type OrderEvent = z.infer<typeof orderEventSchema>;

/** Sign of an event's effect on the month's total. */
export const orderEventSign: Record<OrderEventType, 1 | -1> = { 'order.paid': 1, 'order.refunded': -1, 'order.cancelled': -1 };

/** One business event, however many deliveries carry it: order + type + refund. */
export function orderEventKey(e: OrderEvent): string {
  return `${e.data.orderId}|${e.type}|${e.data.refundId ?? '-'}`;
}

/** POST /order-events/{eventKey}/match: the customer Sales recognised. */
export const matchOrderEventSchema = z.strictObject({ customerId: z.string().trim().min(1).max(64) });
