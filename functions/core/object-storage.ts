import type { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import { contentDisposition } from '#shared/attachments';
import { env } from './env';

/**
 * The S3 client and presigner (~130 KB of a bundle) load on first use, not at cold start: several
 * routes built with ObjectStorage never touch a file (an import's status, the list of imports).
 */
const sdk = () => import('./s3-sdk');

export interface PresignedUpload {
  url: string;
  method: 'PUT';
  /** Headers the browser must send exactly as given: they are part of the signature. */
  headers: Record<string, string>;
  expiresAt: string;
}

/**
 * The attachments bucket, behind presigned URLs: the browser uploads and downloads straight to and from
 * object storage, never through a function (no 6 MB Lambda payload limit, no 30 s API timeout).
 */
export class ObjectStorage {
  constructor(
    private readonly client?: S3Client,
    private readonly bucket: string = env.attachmentsBucket,
  ) {}

  private async s3(): Promise<S3Client> {
    return this.client ?? (await sdk()).s3Client;
  }

  /**
   * A PUT URL bound to one key, content type and exact size: content-type and content-length are
   * signed headers, so S3 refuses (403) a file of another type or size than the one declared.
   */
  async presignUpload(key: string, file: { contentType: string; size: number }, expiresInSeconds: number, now = new Date()): Promise<PresignedUpload> {
    const { getSignedUrl, PutObjectCommand } = await sdk();
    const url = await getSignedUrl(
      await this.s3(),
      new PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: file.contentType, ContentLength: file.size }),
      { expiresIn: expiresInSeconds, signableHeaders: new Set(['content-type', 'content-length']), signingDate: now },
    );
    return {
      url,
      method: 'PUT',
      headers: { 'content-type': file.contentType },
      expiresAt: new Date(now.getTime() + expiresInSeconds * 1000).toISOString(),
    };
  }

  /** A short-lived GET URL that downloads the file under its own name and type. */
  async presignDownload(key: string, file: { fileName: string; contentType: string }, expiresInSeconds: number): Promise<string> {
    const { getSignedUrl, GetObjectCommand } = await sdk();
    return getSignedUrl(
      await this.s3(),
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ResponseContentDisposition: contentDisposition(file.fileName),
        ResponseContentType: file.contentType,
      }),
      { expiresIn: expiresInSeconds },
    );
  }

  /** Size and type of a stored object; undefined when there is none. */
  async head(key: string): Promise<{ size: number; contentType?: string } | undefined> {
    const { HeadObjectCommand, NotFound } = await sdk();
    try {
      const out = await (await this.s3()).send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: out.ContentLength ?? 0, contentType: out.ContentType };
    } catch (error) {
      if (error instanceof NotFound || (error as Error).name === 'NotFound' || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return undefined;
      throw error;
    }
  }

  /** Streams an object (an uploaded spreadsheet is read row by row, never held whole). */
  async stream(key: string): Promise<Readable> {
    const { GetObjectCommand } = await sdk();
    const out = await (await this.s3()).send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return out.Body as Readable;
  }

  /** Stores a file the system built (an export): private, like everything in the bucket. */
  async putFile(key: string, data: Buffer, contentType: string): Promise<void> {
    const { PutObjectCommand } = await sdk();
    await (await this.s3()).send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: data, ContentType: contentType }));
  }

  async putJson(key: string, value: unknown): Promise<void> {
    const { PutObjectCommand } = await sdk();
    await (await this.s3()).send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: JSON.stringify(value), ContentType: 'application/json' }));
  }

  async getJson<T>(key: string): Promise<T> {
    const { GetObjectCommand } = await sdk();
    const out = await (await this.s3()).send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return JSON.parse(await out.Body!.transformToString('utf8')) as T;
  }
}

/** Where each kind of file lives in the bucket; import working files are under `imports/` (expired by a lifecycle rule). */
export const objectKeys = {
  attachment: (customerId: string, attachmentId: string) => `attachments/${customerId}/${attachmentId}`,
  importUpload: (userId: string, uploadId: string) => `imports/uploads/${encodeURIComponent(userId)}/${uploadId}.xlsx`,
  importUploadPrefix: (userId: string) => `imports/uploads/${encodeURIComponent(userId)}/`,
  importChunk: (importId: string, chunk: number) => `imports/jobs/${importId}/chunk-${String(chunk).padStart(5, '0')}.json`,
  /** A built download (export, report); expired after a day by a lifecycle rule (infra/stacks/data.stack.ts). */
  download: (userId: string, downloadId: string) => `${downloadPrefix}${encodeURIComponent(userId)}/${downloadId}.bin`,
  /** Weekly copies of the user directory (the export-user-directory job); kept, versioned, like attachments. */
  userDirectory: (day: string) => `backups/user-directory/${day}.json`,
};

/** Where built downloads live; the bucket expires them (they are copies, never records). */
export const downloadPrefix = 'downloads/';
