import type { Bilingual } from './messages';
/**
 * The files an archive may hold (R2: business licence scans, tax certificates, contracts) and the
 * limits every upload is signed with. Browser-safe: the SPA checks a file before asking to upload it,
 * the API refuses what breaks these rules, and the presigned URL binds the declared type and size, so
 * object storage itself refuses a different file.
 */
export const attachmentTypes = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
} as const satisfies Record<string, readonly string[]>;
export type AttachmentType = keyof typeof attachmentTypes;
export const attachmentContentTypes = Object.keys(attachmentTypes) as [AttachmentType, ...AttachmentType[]];

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' as const;

export const attachmentMaxMb = 20;
export const attachmentMaxBytes = attachmentMaxMb * 1024 * 1024;

/** An upload URL lives long enough to send 20 MB on a slow line, not long enough to be passed around. */
export const uploadUrlSeconds = 10 * 60;
/** A download URL is used at once by the browser that asked for it; the next download asks (and is logged) again. */
export const downloadUrlSeconds = 60;

export const attachmentCategories = ['business-licence', 'tax-registration', 'contract', 'other'] as const;
export type AttachmentCategory = (typeof attachmentCategories)[number];
export const attachmentCategoryLabels: Record<AttachmentCategory, Bilingual> = {
  'business-licence': { 'zh-CN': '营业执照', en: 'Business licence' },
  'tax-registration': { 'zh-CN': '税务登记', en: 'Tax registration' },
  contract: { 'zh-CN': '合同', en: 'Contract' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

/** The name a file is shown and downloaded under: the last path segment, without control characters. */
export function cleanFileName(raw: string): string {
  const last = raw.split(/[\\/]/).at(-1) ?? '';
  // eslint-disable-next-line no-control-regex
  return last.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
}

/** Whether a file name's extension fits its declared type (a PDF called .exe is refused). */
export function extensionFits(fileName: string, contentType: AttachmentType): boolean {
  const lower = fileName.toLowerCase();
  return attachmentTypes[contentType].some((ext) => lower.endsWith(ext));
}

/** `Content-Disposition` for a download, with the UTF-8 name (RFC 6266 / 5987) and an ASCII fallback. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
