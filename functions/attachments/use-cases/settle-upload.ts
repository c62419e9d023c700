import { uploadUrlSeconds } from '#shared/attachments';
import type { Attachment } from '#shared/schemas/attachment.schema';
import type { AttachmentDeps } from '../deps';

/** How long after its URL expired a pending upload is still given the chance to arrive. */
const graceSeconds = 60;

/**
 * Confirms a pending upload against what object storage holds: `stored` when a file of exactly the
 * declared type and size is there (S3 already refuses anything else; this is the check that does not
 * depend on it), `rejected` when another file is there or none came before the URL expired.
 * Still pending while the URL may yet be used.
 */
export async function settleUpload(deps: Pick<AttachmentDeps, 'attachments' | 'storage' | 'now'>, attachment: Attachment): Promise<Attachment> {
  if (attachment.status !== 'pending') return attachment;
  const object = await deps.storage.head(attachment.objectKey);
  const now = deps.now();
  const expired = now.getTime() > Date.parse(attachment.requestedAt) + (uploadUrlSeconds + graceSeconds) * 1000;
  if (!object && !expired) return attachment;
  const fits = object !== undefined && object.size === attachment.size && object.contentType === attachment.contentType;
  const settled: Attachment = { ...attachment, status: fits ? 'stored' : 'rejected', ...(fits ? { storedAt: now.toISOString() } : {}) };
  if (await deps.attachments.settle(settled)) return settled;
  return (await deps.attachments.get(attachment.customerId, attachment.id)) ?? attachment;
}
