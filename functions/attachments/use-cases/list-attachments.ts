import { purposeRequired } from '#shared/archive-access';
import type { ConfidentialSection } from '#shared/archive-sections';
import type { Attachment } from '#shared/schemas/attachment.schema';
import type { Principal } from '#core/principal';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { AttachmentDeps } from '../deps';
import { recordAttachmentReading } from './attachment-reading';
import { settleUpload } from './settle-upload';

export interface AttachmentList {
  items: Attachment[];
  /** `['attachments']` when a VIP or key customer's files were withheld for want of a purpose. */
  maskedSections: ConfidentialSection[];
}

/**
 * The files on a customer's record (R2):
 * 1. reads the customer within the caller's scope;
 * 2. withholds a VIP or key customer's files until the reader states a purpose, saying so, as the
 *    detail page withholds its other confidential sections;
 * 3. confirms uploads that have arrived since they were requested (settle-upload.ts), so a file shows
 *    up here once it is in object storage, even if the browser that sent it went away;
 * 4. logs the reading, then lists the stored files, oldest first (pending and rejected ones are not files of the archive).
 */
export async function listAttachments(deps: AttachmentDeps, customerId: string, principal: Principal, purpose?: string): Promise<AttachmentList> {
  const customer = await getCustomer(deps, customerId, principal);
  if (purposeRequired(customer) && !purpose?.trim()) return { items: [], maskedSections: ['attachments'] };
  const all = await deps.attachments.list(customerId);
  const settled = await Promise.all(all.map((a) => settleUpload(deps, a)));
  await recordAttachmentReading(deps, 'attachments', customer, principal, purpose);
  return { items: settled.filter((a) => a.status === 'stored'), maskedSections: [] };
}
