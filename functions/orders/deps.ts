import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { CustomerBatchRepository } from '#core/repositories/customer-batch.repository';
import { OrderRepository } from '#core/repositories/order.repository';
import { ReceivableRepository } from '#core/repositories/receivable.repository';
import { tierDeps, type TierDeps } from '../tiers/deps';
import type { OverdueDeps } from './use-cases/list-overdue';

export interface OrderDeps extends TierDeps {
  orders: OrderRepository;
  receivables: ReceivableRepository;
}

export function orderDeps(client = documentClient, tableName = env.tableName): OrderDeps {
  return { ...tierDeps(client, tableName), orders: new OrderRepository(client, tableName), receivables: new ReceivableRepository(client, tableName) };
}

/** What the overdue list and its reminders read: the receivables index and the customers it names. */
export function overdueDeps(client = documentClient, tableName = env.tableName): OverdueDeps {
  return { receivables: new ReceivableRepository(client, tableName), batch: new CustomerBatchRepository(client, tableName), now: () => new Date() };
}
