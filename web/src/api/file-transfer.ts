import { apiClientOptions, buildUrl, type RequestOptions } from './api-client';
import { isDownloadLink, type DownloadLink } from '#shared/download-link';
import type { Lang } from '#shared/messages';
import { ApiError, networkError, toApiError } from './api-error';

/** A presigned upload as the API hands it out: the browser PUTs the file there, straight to object storage. */
export interface PresignedUpload {
  url: string;
  method: 'PUT';
  /** Sent exactly as given: they are part of the signature. */
  headers: Record<string, string>;
  expiresAt: string;
}

/**
 * Downloads a file the API builds (an .xlsx template or export) with the caller's token, as a Blob.
 * Exports and reports answer with a presigned link to the file in object storage (shared/download-link.ts),
 * which is followed here without the token (its file name comes back as `fileName`); small files
 * (templates) come in the response itself.
 * The API's own error body still becomes an ApiError in the caller's language.
 */
export async function apiDownload(path: string, query?: RequestOptions['query']): Promise<{ blob: Blob; headers: Headers; fileName?: string }> {
  const { baseUrl, getIdToken, getLang, onUnauthorized } = apiClientOptions();
  const lang = getLang();
  const token = await getIdToken();
  if (!token) {
    onUnauthorized();
    throw new ApiError(401, 'unauthorized', '');
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(baseUrl, path, query), {
      headers: { Authorization: `Bearer ${token}`, 'Accept-Language': lang },
    });
  } catch {
    throw networkError(lang);
  }
  if (!res.ok) {
    const error = await toApiError(res, lang);
    if (res.status === 401) onUnauthorized();
    throw error;
  }
  if ((res.headers.get('content-type') ?? '').includes('application/json')) {
    const link: unknown = await res.json();
    if (isDownloadLink(link)) return { blob: await followLink(link, lang), headers: res.headers, fileName: link.fileName };
  }
  return { blob: await res.blob(), headers: res.headers };
}

async function followLink(link: DownloadLink, lang: Lang): Promise<Blob> {
  let file: Response;
  try {
    file = await fetch(link.url);
  } catch {
    throw networkError(lang);
  }
  if (!file.ok) throw networkError(lang);
  return file.blob();
}

/** Hands a Blob to the browser as a download under this name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled; the download keeps its own copy.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Opens a presigned download URL (it carries its own file name), without leaving the page. */
export function openDownload(url: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/**
 * PUTs a file to a presigned URL with progress (fetch cannot report upload progress; XHR can).
 * Object storage answers 403 when the file's type or size differ from what was signed.
 */
export function uploadToStorage(
  upload: PresignedUpload,
  file: Blob,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(upload.method, upload.url);
    for (const [name, value] of Object.entries(upload.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve();
      } else {
        reject(new UploadError(xhr.status));
      }
    };
    xhr.onerror = () => reject(new UploadError(0));
    xhr.onabort = () => reject(new UploadError(0, true));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

export class UploadError extends Error {
  override readonly name = 'UploadError';

  constructor(
    /** HTTP status from object storage; 0 when it could not be reached or the upload was cancelled. */
    readonly status: number,
    readonly aborted = false,
  ) {
    super(`upload failed (HTTP ${status})`);
  }
}
