import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { OrderRepository } from '#core/repositories/order.repository';
import { ReceivableRepository } from '#core/repositories/receivable.repository';
import { tierDeps, type TierDeps } from '../tiers/deps';

export interface OrderDeps extends TierDeps {
  orders: OrderRepository;
  receivables: ReceivableRepository;
}

export function orderDeps(client = documentClient, tableName = env.tableName): OrderDeps {
  return { ...tierDeps(client, tableName), orders: new OrderRepository(client, tableName), receivables: new ReceivableRepository(client, tableName) };
}
