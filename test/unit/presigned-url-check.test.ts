import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { describe, expect, it } from 'vitest';
import { checkPresignedRequest } from '../../infra/local/presigned-url-check';

const secret = 'S3RVER';
const s3 = new S3Client({
  endpoint: 'http://localhost:4568',
  region: 'cn-north-1',
  forcePathStyle: true,
  credentials: { accessKeyId: 'S3RVER', secretAccessKey: secret },
  requestChecksumCalculation: 'WHEN_REQUIRED',
});
const signedAt = new Date('2026-11-27T02:00:00Z');

async function presigned(key = 'attachments/C1/营业执照 1.pdf') {
  const url = await getSignedUrl(s3, new PutObjectCommand({ Bucket: 'crm-attachments', Key: key, ContentType: 'application/pdf', ContentLength: 1234 }), {
    expiresIn: 600,
    signableHeaders: new Set(['content-type', 'content-length']),
    signingDate: signedAt,
  });
  return new URL(url);
}

function check(url: URL, headers: Record<string, string>, options: { method?: string; now?: Date } = {}) {
  return checkPresignedRequest({
    method: options.method ?? 'PUT',
    rawPath: url.pathname,
    query: url.searchParams,
    headers: { host: url.host, ...headers },
    secretAccessKey: secret,
    now: options.now ?? new Date(signedAt.getTime() + 60_000),
  });
}

describe('checking a presigned upload URL the way S3 does', () => {
  it('accepts the request it was signed for, whatever characters the key has', async () => {
    expect(check(await presigned(), { 'content-type': 'application/pdf', 'content-length': '1234' })).toEqual({ ok: true });
  });

  it('refuses another type, another size, another method or another key', async () => {
    const url = await presigned();
    expect(check(url, { 'content-type': 'image/png', 'content-length': '1234' })).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    expect(check(url, { 'content-type': 'application/pdf', 'content-length': '1235' })).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    expect(check(url, { 'content-type': 'application/pdf', 'content-length': '1234' }, { method: 'GET' })).toMatchObject({ ok: false });
    const moved = new URL(url);
    moved.pathname = moved.pathname.replace('C1', 'C2');
    expect(check(moved, { 'content-type': 'application/pdf', 'content-length': '1234' })).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
  });

  it('refuses a URL whose expiry was stretched, and one used after it expired', async () => {
    const url = await presigned();
    const stretched = new URL(url);
    stretched.searchParams.set('X-Amz-Expires', '604800');
    expect(check(stretched, { 'content-type': 'application/pdf', 'content-length': '1234' })).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    const late = new Date(signedAt.getTime() + 601_000);
    expect(check(url, { 'content-type': 'application/pdf', 'content-length': '1234' }, { now: late })).toMatchObject({ ok: false, code: 'AccessDenied' });
  });

  it('refuses a URL signed with another secret', async () => {
    const url = await presigned();
    expect(checkPresignedRequest({ method: 'PUT', rawPath: url.pathname, query: url.searchParams, headers: { host: url.host, 'content-type': 'application/pdf', 'content-length': '1234' }, secretAccessKey: 'other', now: signedAt })).toMatchObject({ ok: false });
  });
});
