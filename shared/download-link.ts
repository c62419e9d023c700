/**
 * What an export or report route answers instead of the file itself: a short-lived presigned link to the
 * file in object storage (functions/core/http/download-link.ts), which the SPA then fetches.
 */
export interface DownloadLink {
  url: string;
  fileName: string;
  contentType: string;
  expiresAt: string;
  /** Rows written, for exports that count them. */
  rowCount?: number;
}

export function isDownloadLink(value: unknown): value is DownloadLink {
  const v = value as Partial<DownloadLink> | null;
  return typeof v === 'object' && v !== null && typeof v.url === 'string' && typeof v.fileName === 'string';
}
