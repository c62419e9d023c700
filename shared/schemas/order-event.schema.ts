import * as z from 'zod';
import { lazySchema } from '../lazy-schema';

/** R4: the events that move the annual transaction totals (and may come from a historic-orders file). */
export const totalEventTypes = ['order.paid', 'order.refunded', 'order.cancelled'] as const;
export type TotalEventType = (typeof totalEventTypes)[number];
/** R11: the order followed to the money — placed, shipped, delivered, paid for; they never move a total. */
export const trackingEventTypes = ['order.placed', 'order.shipped', 'order.delivered', 'payment.received'] as const;
export type TrackingEventType = (typeof trackingEventTypes)[number];
export const orderEventTypes = [...totalEventTypes, ...trackingEventTypes] as const;
export type OrderEventType = (typeof orderEventTypes)[number];

export function isTotalEvent(type: OrderEventType): type is TotalEventType {
  return (totalEventTypes as readonly string[]).includes(type);
}
/** The types that carry an amount: every R4 event, an order placed and a payment received. */
const withAmount: readonly OrderEventType[] = [...totalEventTypes, 'order.placed', 'payment.received'];

/** ISO-8601 with an explicit offset or Z, so the month in Asia/Shanghai is never a guess. */
const instant = lazySchema(() => z.iso.datetime({ offset: true }));

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
const plausibleInstant = lazySchema(() => instant.refine((v) => isPlausibleOrderInstant(v), { error: 'orders.dateOutOfRange' }));

/**
 * A payment due date ('YYYY-MM-DD', Asia/Shanghai): a real calendar day, not before the first order year and
 * at most ten years ahead (credit terms are months; a later date is a sender's bug, e.g. 9999-12-31).
 */
const dueYearsAhead = 10;
export function isPlausibleDueDate(date: string, now = Date.now()): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(y, mo - 1, d));
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== d) return false;
  return y >= firstOrderYear && y <= new Date(now).getUTCFullYear() + dueYearsAhead;
}
const dueDate = lazySchema(() => z.string().refine((v) => isPlausibleDueDate(v), { error: 'orders.dueDate' }));
const label = lazySchema(() => z.string().trim().min(1).max(100));

/**
 * The order system's event (R4, R11, docs/webhooks.md). Paid adds `amountFen` to the customer's month of
 * `occurredAt` (Asia/Shanghai); refunded and cancelled subtract it. Placed, shipped, delivered and
 * payment received follow the order to the money (shared/orders/order-state.ts) and move no total.
 * Unknown fields are tolerated so the order system can add some without breaking deliveries; each type's
 * own fields are required by the checks below (one flat shape keeps every R4 reader unchanged).
 */
export const orderEventSchema = lazySchema(() => z
  .object({
    type: z.enum(orderEventTypes),
    timestamp: plausibleInstant,
    data: z.object({
      orderId: z.string().trim().min(1).max(100),
      refundId: z.string().trim().min(1).max(100).optional(),
      customer: z
        .object({ id: z.string().trim().min(1).max(64).optional(), creditCode: z.string().trim().length(18).optional() })
        .refine((c) => c.id || c.creditCode, { error: 'orders.customerRequired' }),
      // 0 only for order.cancelled: an order cancelled before it was ever counted as paid takes nothing off (R4's rule).
      amountFen: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
      currency: z.literal('CNY', { error: 'orders.currency' }).optional(),
      occurredAt: plausibleInstant,
      /** order.placed: the day the customer must have paid by. */
      paymentDueDate: dueDate.optional(),
      /** payment.received: the order system's id of this payment (an order may be paid in several). */
      paymentId: label.optional(),
      /** order.shipped (and optionally order.delivered): the shipment. */
      carrier: label.optional(),
      waybillNo: label.optional(),
      warehouse: label.optional(),
    }),
  })
  .superRefine((e, ctx) => {
    const need = (field: keyof OrderEventData, error: string) => {
      if (e.data[field] === undefined) ctx.addIssue({ code: 'custom', message: error, path: ['data', field] });
    };
    if (withAmount.includes(e.type)) {
      need('amountFen', 'orders.amountRequired');
      need('currency', 'orders.currency');
    }
    if (e.data.amountFen === 0 && e.type !== 'order.cancelled') ctx.addIssue({ code: 'custom', message: 'orders.amountPositive', path: ['data', 'amountFen'] });
    if (e.type === 'order.refunded') need('refundId', 'orders.refundIdRequired');
    if (e.type === 'order.placed') need('paymentDueDate', 'orders.dueDateRequired');
    if (e.type === 'payment.received') need('paymentId', 'orders.paymentIdRequired');
    if (e.type === 'order.shipped') for (const field of ['carrier', 'waybillNo', 'warehouse'] as const) need(field, 'orders.shipmentRequired');
  }));
export type OrderEvent = z.infer<typeof orderEventSchema>;
type OrderEventData = OrderEvent['data'];

/** Sign of an R4 event's effect on the month's total. */
export const orderEventSign: Record<TotalEventType, 1 | -1> = { 'order.paid': 1, 'order.refunded': -1, 'order.cancelled': -1 };

/** What an event adds to its month's total (R4): nothing for the events that only follow the order. */
export function totalDeltaFen(e: OrderEvent): number {
  return isTotalEvent(e.type) ? orderEventSign[e.type] * (e.data.amountFen ?? 0) : 0;
}

/**
 * The part of an event that tells it from others of its type on the same order: the refund, the payment,
 * the shipment (a waybill; an order may ship in parts). R4's keys are unchanged: paid and cancelled have none.
 */
export function orderEventPart(e: OrderEvent): string {
  if (e.type === 'order.refunded') return e.data.refundId ?? '-';
  if (e.type === 'payment.received') return e.data.paymentId ?? '-';
  if (e.type === 'order.shipped' || e.type === 'order.delivered') return e.data.waybillNo ?? '-';
  return '-';
}

/** One business event, however many deliveries carry it: order + type + refund, payment or waybill. */
export function orderEventKey(e: OrderEvent): string {
  return `${e.data.orderId}|${e.type}|${orderEventPart(e)}`;
}

/** `{eventKey}` of an unmatched event (orderEventKey): `<order id>|<event type>|<part>`, else a 400 naming it. */
export const eventKeyPattern = new RegExp(`^.+\\|(?:${orderEventTypes.map((t) => t.replace('.', '\\.')).join('|')})\\|.+$`);
export const eventKeyPathSchema = lazySchema(() => z.object({ eventKey: z.string().regex(eventKeyPattern, { error: 'path.eventKey' }) }));

/** POST /order-events/{eventKey}/match: the customer Sales recognised. */
export const matchOrderEventSchema = lazySchema(() => z.strictObject({ customerId: z.string().trim().min(1).max(64) }));

/** What a delivery did (functions/core/repositories/order.repository.ts ApplyOutcome): counted, kept for Sales to match, or seen before. */
export const applyOutcomes = ['applied', 'unmatched', 'duplicate'] as const;

/** POST /webhooks/orders answers (200, or 202 when kept unmatched): what became of the event, and whose it is. */
export const orderEventReceiptSchema = lazySchema(() => z.object({
  status: z.enum(applyOutcomes),
  eventKey: z.string().optional(),
  customerId: z.string().optional(),
}));
export type OrderEventReceipt = z.infer<typeof orderEventReceiptSchema>;

/** An order event as kept (R4): applied to its customer, or unmatched until Sales names the customer. */
export const storedOrderEventSchema = lazySchema(() => z.object({
  eventKey: z.string(),
  status: z.enum(['applied', 'unmatched']),
  customerId: z.string().optional(),
  /** The month of `occurredAt` in Asia/Shanghai (YYYY-MM) whose total it moves. */
  month: z.string(),
  deltaFen: z.number().int(),
  webhookId: z.string(),
  receivedAt: z.iso.datetime(),
  appliedAt: z.iso.datetime().optional(),
  matchedBy: z.string().optional(),
  event: orderEventSchema,
}));
export type StoredOrderEvent = z.infer<typeof storedOrderEventSchema>;
