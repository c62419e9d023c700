import type { ConfidentialSection } from '#shared/archive-sections';
import type { Attachment, AttachmentUploadInput } from '#shared/schemas/attachment.schema';
import { apiRequest } from './api-client';
import type { PresignedUpload } from './file-transfer';

const path = (customerId: string) => `/customers/${encodeURIComponent(customerId)}/attachments`;

/** Registers the file about to be uploaded; answers with where to PUT it (bound to its type and size). */
export async function requestAttachmentUpload(
  customerId: string,
  input: Omit<AttachmentUploadInput, 'category'> & Partial<Pick<AttachmentUploadInput, 'category'>>,
): Promise<{ attachment: Attachment; upload: PresignedUpload }> {
  const { data } = await apiRequest<{ attachment: Attachment; upload: PresignedUpload }>('POST', path(customerId), { body: input });
  return data;
}

/** The stored files; a VIP or key customer's only with a purpose (`maskedSections` says when withheld). Logged. */
export async function listAttachments(customerId: string, purpose?: string): Promise<{ items: Attachment[]; maskedSections: ConfidentialSection[] }> {
  const { data } = await apiRequest<{ items: Attachment[]; maskedSections: ConfidentialSection[] }>('GET', path(customerId), {
    query: { purpose },
  });
  return data;
}

/** A one-minute download URL for one file; each call is logged as a download. */
export async function attachmentDownloadUrl(
  customerId: string,
  attachmentId: string,
  purpose?: string,
): Promise<{ url: string; expiresAt: string; fileName: string }> {
  const { data } = await apiRequest<{ url: string; expiresAt: string; fileName: string }>(
    'GET',
    `${path(customerId)}/${encodeURIComponent(attachmentId)}`,
    { query: { purpose } },
  );
  return data;
}
