import type { Customer } from '#shared/schemas/customer.schema';
import { DomainError, notFound } from '#core/errors';
import { dataScope, inScope, type Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';
import { historyEntry } from './history-entry';

/**
 * Brings a customer back from the recycle bin exactly as it was deleted:
 * 1. reads it; a customer that is not in the bin cannot be restored (409);
 * 2. refuses (409, naming the unit) when its business unit has been retired since: it would come back
 *    into a unit nobody can choose, list or report on (issue 11);
 * 3. drops only the bin marks, so every field is as before, with the next version;
 * 4. writes it with its history entry, conditional on the version read and on the customer still
 *    holding its credit code.
 */
export async function restoreCustomer(deps: CustomerDeps, id: string, principal: Principal): Promise<Customer> {
  const before = await deps.customers.get(id);
  if (!before || !inScope(dataScope(principal), before)) throw notFound();
  if (!before.deletedAt) throw new DomainError('conflict', 'not_in_recycle_bin');
  if (!(await deps.units.findActive(before.unitId))) {
    const unit = await deps.units.find(before.unitId);
    throw new DomainError('conflict', 'customer_unit_retired', { params: { name: before.name, unit: unit?.name ?? before.unitId } });
  }
  const { deletedAt: _deletedAt, deletedBy: _deletedBy, ...record } = before;
  const after: Customer = {
    ...record,
    updatedAt: deps.now().toISOString(),
    updatedBy: principal.id,
    version: before.version + 1,
  };
  await deps.customers.replace(before, after, historyEntry('restore', before, after, principal));
  return after;
}
