import * as z from 'zod';
import { orderEventTypes } from './order-event.schema';
import { lazySchema } from '../lazy-schema';

/**
 * GET /customers/{customerId}/orders (R11): each order followed to the money, as shared/orders/order-state.ts
 * works it out from the order's events, and what the customer still owes.
 */
export const orderStatuses = ['placed', 'shipped', 'delivered', 'completed', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export const timelineEntrySchema = lazySchema(() => z.object({
  type: z.enum(orderEventTypes),
  at: z.string(),
  amountFen: z.number().int().optional(),
  paymentDueDate: z.string().optional(),
  paymentId: z.string().optional(),
  refundId: z.string().optional(),
  carrier: z.string().optional(),
  waybillNo: z.string().optional(),
  warehouse: z.string().optional(),
}));
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const orderStateSchema = lazySchema(() => z.object({
  orderId: z.string(),
  /**
   * cancelled once cancelled; else how far the goods got (delivered, shipped, placed); `completed` for
   * an order known only from R4's paid event (a historic order the order system never tracked here).
   */
  status: z.enum(orderStatuses),
  timeline: z.array(timelineEntrySchema),
  /** The amount placed (0 when the order.placed event has not arrived). */
  amountFen: z.number().int(),
  paymentDueDate: z.string().optional(),
  receivedFen: z.number().int(),
  refundedFen: z.number().int(),
  /** Still to be collected: placed − received − refunded, never below 0; 0 for a cancelled order. */
  receivableFen: z.number().int(),
  /** The receivable once its due date has passed (the day after the due date, Asia/Shanghai). */
  overdueFen: z.number().int(),
}));
export type OrderState = z.infer<typeof orderStateSchema>;

export const customerOrdersSchema = lazySchema(() => z.object({
  /** Newest first (by the order's first event), ties by order id. */
  items: z.array(orderStateSchema),
  receivableFen: z.number().int(),
  overdueFen: z.number().int(),
}));
export type CustomerOrders = z.infer<typeof customerOrdersSchema>;
