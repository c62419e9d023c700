import { mkdirSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateBucketCommand, PutBucketCorsCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { localStorageCredentials } from '#core/s3';
import { checkPresignedRequest, isPresigned } from './presigned-url-check';

export interface LocalObjectStore {
  /** What functions use as S3_ENDPOINT, and the host every presigned URL points at. */
  endpoint: string;
  close: () => Promise<void>;
}

/**
 * The local twin's object storage: s3rver (an S3-compatible server from npm) on a private port, behind
 * a small front that checks presigned URLs as S3 does (s3rver itself accepts any v4 signature), so a
 * browser upload of another type or size than signed is refused here too. The bucket is created
 * (idempotently) with CORS for the SPA's origins; data stays under `dataDir`.
 */
export async function startObjectStore(options: {
  /** 0 for a free port (tests). */
  port: number;
  host?: string;
  dataDir: string;
  bucket: string;
  corsOrigins: string[];
}): Promise<LocalObjectStore> {
  mkdirSync(options.dataDir, { recursive: true });
  const inner = new S3rver({ port: 0, address: '127.0.0.1', directory: options.dataDir, silent: true });
  const { port: innerPort } = (await inner.run()) as AddressInfo;

  const front = createServer((req, res) => {
    forward(req, res, innerPort, options.corsOrigins).catch((error: unknown) => {
      console.error('[object storage] request failed', error);
      if (!res.headersSent) res.writeHead(502).end();
    });
  });
  await new Promise<void>((done, fail) => {
    front.once('error', fail);
    if (options.host) front.listen(options.port, options.host, done);
    else front.listen(options.port, done);
  });
  const port = (front.address() as AddressInfo).port;
  const endpoint = `http://${options.host ?? 'localhost'}:${port}`;

  await ensureBucket(endpoint, options.bucket, options.corsOrigins);
  return {
    endpoint,
    close: async () => {
      await new Promise<void>((done) => closeServer(front, done));
      await inner.close();
    },
  };
}

async function forward(req: IncomingMessage, res: ServerResponse, innerPort: number, corsOrigins: string[]) {
  const url = new URL(req.url ?? '/', 'http://local');
  if (req.method !== 'OPTIONS' && isPresigned(url.searchParams)) {
    const check = checkPresignedRequest({
      method: req.method ?? 'GET',
      rawPath: (req.url ?? '/').split('?')[0]!,
      query: url.searchParams,
      headers: req.headers,
      secretAccessKey: localStorageCredentials.secretAccessKey,
    });
    if (!check.ok) {
      req.resume();
      const origin = req.headers.origin;
      res.writeHead(403, {
        'content-type': 'application/xml',
        ...(origin && (corsOrigins.includes(origin) || corsOrigins.includes('*')) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {}),
      });
      res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${check.code}</Code><Message>${check.message}</Message></Error>`);
      return;
    }
  }
  await new Promise<void>((done, fail) => {
    const upstream = request(
      { host: '127.0.0.1', port: innerPort, method: req.method, path: req.url, headers: { ...req.headers, host: `127.0.0.1:${innerPort}` } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res).once('finish', done).once('error', fail);
      },
    );
    upstream.once('error', fail);
    req.pipe(upstream);
  });
}

async function ensureBucket(endpoint: string, bucket: string, corsOrigins: string[]) {
  const s3 = new S3Client({ endpoint, region: 'cn-north-1', forcePathStyle: true, credentials: localStorageCredentials });
  try {
    await s3.send(new CreateBucketCommand({ Bucket: bucket })).catch((error: unknown) => {
      if (!['BucketAlreadyExists', 'BucketAlreadyOwnedByYou'].includes((error as Error).name)) throw error;
    });
    await s3.send(
      new PutBucketCorsCommand({
        Bucket: bucket,
        CORSConfiguration: {
          CORSRules: [
            {
              AllowedOrigins: corsOrigins,
              AllowedMethods: ['GET', 'PUT', 'HEAD'],
              AllowedHeaders: ['*'],
              ExposeHeaders: ['ETag', 'Content-Disposition'],
              MaxAgeSeconds: 3000,
            },
          ],
        },
      }),
    );
  } finally {
    s3.destroy();
  }
}

function closeServer(server: Server, done: () => void) {
  server.close(() => done());
  server.closeAllConnections();
}
