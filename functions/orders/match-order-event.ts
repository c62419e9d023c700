import { ordersContracts } from '#shared/contracts/orders.contract';
import { http } from '#core/http/http';
import { orderDeps } from './deps';
import { matchOrderEvent } from './use-cases/match-order-event';

const deps = orderDeps();

export const handler = http(
  'POST /order-events/{eventKey}/match',
  async ({ params, body, principal }) => ({
    status: 200,
    body: await matchOrderEvent(deps, params.eventKey, body.customerId, principal),
  }),
  ordersContracts,
);
