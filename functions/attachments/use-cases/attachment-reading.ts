import { purposeRequired } from '#shared/archive-access';
import type { AccessLogEntry } from '#shared/schemas/access-log.schema';
import type { Customer } from '#shared/schemas/customer.schema';
import { invalidFields } from '#core/errors';
import type { Principal } from '#core/principal';
import type { AttachmentDeps } from '../deps';

/** Attachments are a confidential section (shared/archive-sections.ts): a VIP or key customer's need a purpose. */
export function requirePurpose(customer: Customer, purpose: string | undefined): void {
  if (purposeRequired(customer) && !purpose?.trim()) throw invalidFields({ purpose: 'attachment_purpose_required' });
}

/** Appends the access-log entry of a reading of the attachments section (R2 查阅记录), before anything is shown. */
export async function recordAttachmentReading(
  deps: Pick<AttachmentDeps, 'accessLog' | 'now' | 'newId'>,
  action: Extract<AccessLogEntry['action'], 'attachments' | 'attachment-download'>,
  customer: Customer,
  principal: Principal,
  purpose: string | undefined,
  file?: { attachmentId: string; fileName: string },
): Promise<void> {
  await deps.accessLog.append({
    id: deps.newId(),
    at: deps.now().toISOString(),
    action,
    customerId: customer.id,
    customerName: customer.name,
    reader: { id: principal.id, name: principal.name, role: principal.role, ...(principal.unitId ? { unitId: principal.unitId } : {}) },
    sections: ['attachments'],
    maskedSections: [],
    contactDetailsMasked: false,
    ...(purpose ? { purpose } : {}),
    ...(file ?? {}),
  });
}
