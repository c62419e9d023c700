import type { ArchiveVisibility } from '#shared/archive-access';
import type { AccessLogEntry } from '#shared/schemas/access-log.schema';
import type { Customer } from '#shared/schemas/customer.schema';
import type { Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';

/**
 * Appends the access-log entry of one reading (R2 查阅记录): who, when, which customer, which sections
 * were shown and withheld, and the stated purpose. Callers await it before returning any data, so a
 * reading whose record cannot be written fails instead of going unrecorded.
 */
export async function recordReading(
  deps: Pick<CustomerDeps, 'accessLog' | 'now' | 'newId'>,
  action: AccessLogEntry['action'],
  customer: Customer,
  visibility: ArchiveVisibility,
  principal: Principal,
  purpose: string | undefined,
): Promise<void> {
  await deps.accessLog.append({
    id: deps.newId(),
    at: deps.now().toISOString(),
    action,
    customerId: customer.id,
    customerName: customer.name,
    reader: { id: principal.id, name: principal.name, role: principal.role, ...(principal.unitId ? { unitId: principal.unitId } : {}) },
    sections: visibility.shown,
    maskedSections: visibility.maskedSections,
    contactDetailsMasked: visibility.contactDetailsMasked,
    ...(purpose ? { purpose } : {}),
  });
}
