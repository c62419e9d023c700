import { pageQuerySchema } from '../schemas/page.schema';
import { matchOrderEventSchema, orderEventSchema } from '../schemas/order-event.schema';
import { defineContracts } from './route-contract';

export const ordersContracts = defineContracts({
  // No JWT: Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature) sign the body (docs/webhooks.md).
  'POST /webhooks/orders': { summary: 'An order event from the order system (signed)', body: orderEventSchema, maxBodyBytes: 64 * 1024 },
  'GET /order-events/unmatched': { query: pageQuerySchema },
  'POST /order-events/{eventKey}/match': { body: matchOrderEventSchema },
});
