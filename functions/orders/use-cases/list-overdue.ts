import { byUrgency, daysOverdue, groupOverdue, type OverdueRow } from '#shared/orders/overdue';
import type { OverdueList, OverdueQuery } from '#shared/schemas/receivable.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import { dataScope, inScope, type Principal } from '#core/principal';
import type { CustomerBatchRepository } from '#core/repositories/customer-batch.repository';
import type { ReceivableRepository } from '#core/repositories/receivable.repository';

export interface OverdueDeps {
  receivables: Pick<ReceivableRepository, 'overdue'>;
  batch: Pick<CustomerBatchRepository, 'getMany'>;
  now: () => Date;
}

/**
 * Overdue 回款 (R11), for a caller or for the reminder job (no principal: the whole company):
 * 1. the orders owing money whose due date is before today (Asia/Shanghai), one index Query;
 * 2. their customers read at once: live ones only, in the caller's scope, narrowed to a unit or owner —
 *    the customer's current unit and owner, so a reassignment moves its overdue money with it;
 * 3. sorted by urgency and summed per owner and per unit.
 */
export async function listOverdue(deps: OverdueDeps, query: OverdueQuery, principal?: Principal): Promise<OverdueList> {
  const today = shanghaiDate(deps.now());
  const { items: owed, truncated } = await deps.receivables.overdue(today);
  const customers = new Map((await deps.batch.getMany(owed.map((r) => r.customerId))).map((c) => [c.id, c]));
  const scope = principal ? dataScope(principal) : undefined;
  const items: OverdueRow[] = [];
  for (const r of owed) {
    const c = customers.get(r.customerId);
    if (!c || c.deletedAt || (scope && !inScope(scope, c))) continue;
    if ((query.unitId && c.unitId !== query.unitId) || (query.ownerId && c.ownerId !== query.ownerId)) continue;
    const due = r.paymentDueDate!;
    items.push({ customerId: c.id, customerName: c.name, unitId: c.unitId, ownerId: c.ownerId, orderId: r.orderId, paymentDueDate: due, daysOverdue: daysOverdue(due, today), overdueFen: r.receivableFen });
  }
  items.sort(byUrgency);
  return {
    today,
    items,
    overdueFen: items.reduce((sum, r) => sum + r.overdueFen, 0),
    byOwner: groupOverdue(items, 'ownerId'),
    byUnit: groupOverdue(items, 'unitId'),
    truncated,
  };
}
