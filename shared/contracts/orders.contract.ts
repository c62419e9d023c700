import { customerOrdersSchema } from '../schemas/customer-orders.schema';
import { pageQuerySchema } from '../schemas/page.schema';
import { eventKeyPathSchema, matchOrderEventSchema, orderEventReceiptSchema, orderEventSchema, storedOrderEventSchema } from '../schemas/order-event.schema';
import { pageOf } from './common.contract';
import { defineContracts } from './route-contract';

export const ordersContracts = defineContracts({
  // No JWT: Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature) sign the body (docs/webhooks.md).
  'POST /webhooks/orders': {
    summary: 'An order event from the order system (signed); 202 when its customer is not recognised (kept for Sales to match)',
    body: orderEventSchema,
    maxBodyBytes: 64 * 1024,
    response: orderEventReceiptSchema,
  },
  'GET /order-events/unmatched': { summary: 'Order events kept for customers not recognised, oldest first', query: pageQuerySchema, response: pageOf(storedOrderEventSchema) },
  'POST /order-events/{eventKey}/match': { summary: 'Apply a kept event to the customer Sales names (re-tiers it)', params: eventKeyPathSchema, body: matchOrderEventSchema, response: storedOrderEventSchema },
  'GET /customers/{customerId}/orders': { summary: 'A customer’s orders followed to the money (R11) and what it owes', response: customerOrdersSchema },
});
