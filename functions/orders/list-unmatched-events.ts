import { ordersContracts } from '#shared/contracts/orders.contract';
import { http } from '#core/http/http';
import { orderDeps } from './deps';

const deps = orderDeps();

/** Order events kept for customers we did not recognise, oldest first, for Sales to match. */
export const handler = http(
  'GET /order-events/unmatched',
  async ({ query }) => ({ status: 200, body: await deps.orders.listUnmatched(query) }),
  ordersContracts,
);
