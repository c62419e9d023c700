import type { Customer } from '#shared/schemas/customer.schema';
import type { CustomerHistoryEntry, FieldChange, HistoryAction } from '#shared/schemas/customer-history.schema';
import type { Principal } from '#core/principal';

/** Kept on every record and in the entry itself (who, when, which version), so not repeated as field changes. */
const bookkeeping = new Set(['id', 'version', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy']);

/** Per field, before → after; a field that appears or disappears has only one side. */
export function fieldChanges(before: Partial<Customer>, after: Partial<Customer>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !bookkeeping.has(f)).sort();
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const b = (before as Record<string, unknown>)[field];
    const a = (after as Record<string, unknown>)[field];
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    changes.push({ field, ...(b !== undefined ? { before: b } : {}), ...(a !== undefined ? { after: a } : {}) });
  }
  return changes;
}

/** The history entry of the change that turned `before` (nothing, on create) into `after`, by the caller. */
export function historyEntry(
  action: HistoryAction,
  before: Customer | undefined,
  after: Customer,
  principal: Principal,
  batchId?: string,
): CustomerHistoryEntry {
  return {
    customerId: after.id,
    version: after.version,
    action,
    at: after.updatedAt,
    by: { id: principal.id, name: principal.name, role: principal.role },
    changes: fieldChanges(before ?? {}, after),
    ...(batchId ? { batchId } : {}),
  };
}
