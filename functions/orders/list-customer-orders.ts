import { ordersContracts } from '#shared/contracts/orders.contract';
import { http } from '#core/http/http';
import { orderDeps } from './deps';
import { listCustomerOrders } from './use-cases/list-customer-orders';

const deps = orderDeps();

export const handler = http(
  'GET /customers/{customerId}/orders',
  async ({ params, principal }) => ({ status: 200, body: await listCustomerOrders(deps, params.customerId, principal) }),
  ordersContracts,
);
