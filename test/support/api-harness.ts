import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { contracts } from '../../shared/contracts';
import type { RouteContract } from '../../shared/contracts/route-contract';
import { createApiServer, routeKeyOf } from '../../infra/local/api-server';
import { installLocalQueues } from '../../infra/local/local-queues';
import { cognitoVerifier } from '../../infra/local/token-verifier';
import type { Principal } from '../../functions/core/principal';

const issuer = 'http://cognito.test/local_test';
const audience = 'test-client';

/**
 * Every successful JSON answer a test sees must parse with its route's response schema (shared/contracts/):
 * the contract the SPA's types and the OpenAPI document come from is then the handlers' real answer, not a
 * hope. A route without a response schema is not checked.
 */
export function answersItsContract(method: string, path: string, body: unknown) {
  const key = routeKeyOf(method, new URL(path, 'http://x').pathname);
  const response = key ? (contracts as Record<string, RouteContract>)[key]?.response : undefined;
  if (!response) return;
  const parsed = response.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${method} ${path} (${key}) answered off its contract's response schema:\n${issues.join('\n')}`);
  }
}

/**
 * The local API server (the same one `npm start` runs) over a test table, trusting a key made here,
 * so tests can sign tokens for any role, expired ones, and ones signed by a stranger's key.
 */
export async function startApi() {
  const trusted = await generateKeyPair('RS256');
  const stranger = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(trusted.publicKey)), kid: 'test', alg: 'RS256' };
  // Import steps are delivered in-process, to the same worker module as in the cloud (shared/queues.ts).
  const queues = installLocalQueues();
  const server = createApiServer({
    verifyToken: cognitoVerifier({ keys: createLocalJWKSet({ keys: [jwk] }), issuer, audience }),
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const sign = (p: Principal, opts: { key?: 'trusted' | 'stranger'; expiresIn?: string | number } = {}) =>
    new SignJWT({
      'cognito:username': p.id,
      'cognito:groups': [p.role],
      name: p.name,
      token_use: 'id',
      ...(p.unitId ? { 'custom:unitId': p.unitId } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'test' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(opts.expiresIn ?? '1h')
      .sign(opts.key === 'stranger' ? stranger.privateKey : trusted.privateKey);

  async function call(
    method: string,
    path: string,
    options: { as?: Principal; token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) {
    const token = options.token ?? (options.as ? await sign(options.as) : undefined);
    const res = await fetch(base + path, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
    });
    // Files (an .xlsx) come back as bytes in `raw`; everything else is JSON.
    const raw = Buffer.from(await res.arrayBuffer());
    const json = (res.headers.get('content-type') ?? '').includes('json') || raw.length === 0;
    const text = json ? raw.toString('utf8') : '';
    const body = text ? (JSON.parse(text) as any) : undefined;
    if (res.ok && body !== undefined) answersItsContract(method, path, body);
    return { status: res.status, headers: res.headers, body, raw };
  }

  /**
   * An export's answer is a presigned link (functions/core/http/download-link.ts): fetch the file as the
   * SPA does, and return it in the shape of `call`'s answer (the row count from the link).
   */
  async function download(method: string, path: string, options: Parameters<typeof call>[2] = {}) {
    const res = await call(method, path, options);
    if (res.status !== 200) return res;
    expect(res.body).toMatchObject({ url: expect.any(String), fileName: expect.any(String), expiresAt: expect.any(String) });
    const file = await fetch(res.body.url);
    expect(file.status).toBe(200);
    const headers = new Headers(file.headers);
    if (res.body.rowCount !== undefined) headers.set('x-row-count', String(res.body.rowCount));
    return { status: file.status, headers, body: res.body, raw: Buffer.from(await file.arrayBuffer()) };
  }

  return { base, sign, call, download, queuesIdle: queues.idle, close: () => new Promise<void>((done) => server.close(() => done())) };
}
