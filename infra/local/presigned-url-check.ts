import { createHash, createHmac } from 'node:crypto';

/**
 * Verifies an AWS Signature V4 presigned URL (query-string authentication) the way S3 does: the
 * canonical request rebuilt from the method, path, query and the signed headers as received, signed
 * again with the secret, compared with the signature given; and the URL not expired. s3rver accepts any
 * v4 signature, so the local twin checks presigned requests itself before passing them on: an upload
 * of another type or size than the one signed is refused locally exactly as S3 refuses it.
 */
export type PresignCheck = { ok: true } | { ok: false; code: 'SignatureDoesNotMatch' | 'AccessDenied'; message: string };

/** RFC 3986 encoding, as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
const encode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');

export function isPresigned(query: URLSearchParams): boolean {
  return query.has('X-Amz-Signature');
}

export function checkPresignedRequest(input: {
  method: string;
  /** The path exactly as sent (still percent-encoded). */
  rawPath: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  secretAccessKey: string;
  now?: Date;
}): PresignCheck {
  const q = input.query;
  const amzDate = q.get('X-Amz-Date') ?? '';
  const credential = q.get('X-Amz-Credential') ?? '';
  const signedHeaders = (q.get('X-Amz-SignedHeaders') ?? '').split(';').filter(Boolean);
  const expires = Number(q.get('X-Amz-Expires'));
  const signature = q.get('X-Amz-Signature') ?? '';
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (q.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256' || !m || !credential || !signedHeaders.includes('host') || !Number.isFinite(expires)) {
    return { ok: false, code: 'AccessDenied', message: 'Malformed presigned URL' };
  }
  const signedAt = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  if ((input.now ?? new Date()).getTime() > signedAt + expires * 1000) return { ok: false, code: 'AccessDenied', message: 'Request has expired' };

  const [, ...scopeParts] = credential.split('/');
  const scope = scopeParts.join('/');
  const [day, region, service] = scopeParts as [string, string, string];

  const canonicalQuery = [...q.entries()]
    .filter(([k]) => k !== 'X-Amz-Signature')
    .map(([k, v]) => [encode(k), encode(v)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const header = (name: string) => {
    const v = input.headers[name];
    return (Array.isArray(v) ? v.join(',') : (v ?? '')).trim().replace(/\s+/g, ' ');
  };
  const canonicalHeaders = signedHeaders.map((h) => `${h}:${header(h)}\n`).join('');
  const payloadHash = q.get('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD';
  const canonicalRequest = [input.method.toUpperCase(), input.rawPath, canonicalQuery, canonicalHeaders, signedHeaders.join(';'), payloadHash].join('\n');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, day), region), service), 'aws4_request');
  const expected = createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
  return expected === signature
    ? { ok: true }
    : { ok: false, code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match the signature you provided.' };
}
