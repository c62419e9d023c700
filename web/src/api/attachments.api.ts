import type { AttachmentUploadInput } from '#shared/schemas/attachment.schema';
import { api, type ApiAnswer } from './api-client';

export type AttachmentList = ApiAnswer<'GET /customers/{customerId}/attachments'>;
export type AttachmentDownload = ApiAnswer<'GET /customers/{customerId}/attachments/{attachmentId}'>;

/** Registers the file about to be uploaded; answers with where to PUT it (bound to its type and size). */
export async function requestAttachmentUpload(
  customerId: string,
  input: Omit<AttachmentUploadInput, 'category'> & Partial<Pick<AttachmentUploadInput, 'category'>>,
): Promise<ApiAnswer<'POST /customers/{customerId}/attachments'>> {
  const { data } = await api('POST /customers/{customerId}/attachments', { params: { customerId }, body: input });
  return data;
}

/** The stored files; a VIP or key customer's only with a purpose (`maskedSections` says when withheld). Logged. */
export async function listAttachments(customerId: string, purpose?: string): Promise<AttachmentList> {
  const { data } = await api('GET /customers/{customerId}/attachments', { params: { customerId }, query: { purpose } });
  return data;
}

/** A one-minute download URL for one file; each call is logged as a download. */
export async function attachmentDownloadUrl(customerId: string, attachmentId: string, purpose?: string): Promise<AttachmentDownload> {
  const { data } = await api('GET /customers/{customerId}/attachments/{attachmentId}', { params: { customerId, attachmentId }, query: { purpose } });
  return data;
}
