import { ulid } from 'ulid';
import type { DownloadLink } from '#shared/download-link';
import { objectKeys, ObjectStorage } from '../object-storage';
import type { Principal } from '../principal';
import type { HttpResult } from './types';

/** Long enough for a slow browser to start the download, short enough that a copied link is soon useless. */
export const downloadLinkSeconds = 300;


/**
 * Any file a route builds for download (customer and access-log exports, reports, quarterly reports) goes
 * through here: it is written to the attachments bucket under `downloads/` and the caller gets a
 * presigned GET valid five minutes. Nothing passes through the Lambda response, so no export meets its
 * 6 MB payload limit (or API Gateway's), whatever its size. The route needs `storage: 'read-write'`.
 */
export async function downloadLink(
  file: { data: Buffer; contentType: string; fileName: string; rowCount?: number },
  principal: Pick<Principal, 'id'>,
  storage = new ObjectStorage(),
  now = new Date(),
): Promise<HttpResult<DownloadLink>> {
  const key = objectKeys.download(principal.id, ulid());
  await storage.putFile(key, file.data, file.contentType);
  const url = await storage.presignDownload(key, file, downloadLinkSeconds);
  const body: DownloadLink = {
    url,
    fileName: file.fileName,
    contentType: file.contentType,
    expiresAt: new Date(now.getTime() + downloadLinkSeconds * 1000).toISOString(),
    ...(file.rowCount !== undefined ? { rowCount: file.rowCount } : {}),
  };
  return { status: 200, body, headers: file.rowCount !== undefined ? { 'x-row-count': String(file.rowCount) } : {} };
}
