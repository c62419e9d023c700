import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { CustomerBatchRepository } from '#core/repositories/customer-batch.repository';
import { OrderRepository } from '#core/repositories/order.repository';
import { ReceivableRepository } from '#core/repositories/receivable.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { UnitRepository } from '#core/repositories/unit.repository';
import { tierDeps, type TierDeps } from '../tiers/deps';
import type { OverdueExportDeps } from './use-cases/export-overdue';
import type { OverdueDeps } from './use-cases/list-overdue';
import type { OverdueReminderDeps } from './use-cases/remind-overdue';

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

/** The overdue list's export: the list's reads, and the names of owners and units to write in it. */
export function overdueExportDeps(client = documentClient, tableName = env.tableName): OverdueExportDeps {
  return { ...overdueDeps(client, tableName), staff: new StaffRepository(client, tableName), units: new UnitRepository(client, tableName) };
}

/** The daily 回款 reminder: the export's reads, money soon due, and the table for its claims and notices. */
export function overdueReminderDeps(client = documentClient, tableName = env.tableName): OverdueReminderDeps {
  return { ...overdueExportDeps(client, tableName), receivables: new ReceivableRepository(client, tableName), client, tableName, newId: () => crypto.randomUUID() };
}
