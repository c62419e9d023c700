import { uploadUrlSeconds } from '#shared/attachments';
import type { Attachment, AttachmentUploadInput } from '#shared/schemas/attachment.schema';
import { objectKeys, type PresignedUpload } from '#core/object-storage';
import type { Principal } from '#core/principal';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { AttachmentDeps } from '../deps';

/**
 * Starts an upload to a customer's archive (R2: licence scans, tax certificates, contracts):
 * 1. reads the customer within the caller's scope (another unit's customer does not exist: 404);
 * 2. records the attachment as pending, with who asked and the declared name, type and size
 *    (the schema already refused other types, sizes over the limit and names that do not fit the type);
 * 3. answers with a PUT URL bound to that key, type and exact size, valid ten minutes: the browser
 *    uploads straight to object storage, which refuses any other file.
 */
export async function requestUpload(
  deps: Pick<AttachmentDeps, 'customers' | 'attachments' | 'storage' | 'now' | 'newId'>,
  customerId: string,
  input: AttachmentUploadInput,
  principal: Principal,
): Promise<{ attachment: Attachment; upload: PresignedUpload }> {
  await getCustomer(deps, customerId, principal);
  const now = deps.now();
  const id = deps.newId();
  const attachment: Attachment = {
    id,
    customerId,
    category: input.category,
    fileName: input.fileName,
    contentType: input.contentType,
    size: input.size,
    objectKey: objectKeys.attachment(customerId, id),
    status: 'pending',
    uploadedBy: { id: principal.id, name: principal.name, role: principal.role },
    requestedAt: now.toISOString(),
    ...(input.note ? { note: input.note } : {}),
  };
  await deps.attachments.create(attachment);
  const upload = await deps.storage.presignUpload(attachment.objectKey, { contentType: input.contentType, size: input.size }, uploadUrlSeconds, now);
  return { attachment, upload };
}
