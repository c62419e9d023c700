import { downloadUrlSeconds } from '#shared/attachments';
import { DomainError, notFound } from '#core/errors';
import type { Principal } from '#core/principal';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { AttachmentDeps } from '../deps';
import { recordAttachmentReading, requirePurpose } from './attachment-reading';
import { settleUpload } from './settle-upload';

/**
 * Hands out one file of a customer's archive (R2 查阅程序、记录):
 * 1. reads the customer within the caller's scope, and the attachment of that customer;
 * 2. a VIP or key customer's file needs a stated purpose (400 naming `purpose` otherwise);
 * 3. the file must be stored (a pending upload is confirmed first; 409 when it is not there);
 * 4. logs the download — who, which customer, which file, why — before answering;
 * 5. answers with a GET URL valid one minute, which downloads under the file's own name.
 */
export async function downloadAttachment(
  deps: AttachmentDeps,
  customerId: string,
  attachmentId: string,
  principal: Principal,
  purpose?: string,
): Promise<{ url: string; expiresAt: string; fileName: string; contentType: string; size: number }> {
  const customer = await getCustomer(deps, customerId, principal);
  const found = await deps.attachments.get(customerId, attachmentId);
  if (!found || found.status === 'rejected') throw notFound();
  requirePurpose(customer, purpose);
  const attachment = await settleUpload(deps, found);
  if (attachment.status !== 'stored') throw new DomainError('conflict', 'attachment_not_stored');
  await recordAttachmentReading(deps, 'attachment-download', customer, principal, purpose, { attachmentId, fileName: attachment.fileName });
  const url = await deps.storage.presignDownload(attachment.objectKey, attachment, downloadUrlSeconds);
  return {
    url,
    expiresAt: new Date(deps.now().getTime() + downloadUrlSeconds * 1000).toISOString(),
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    size: attachment.size,
  };
}
