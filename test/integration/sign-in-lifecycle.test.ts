import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ConfirmForgotPasswordCommand, ForgotPasswordCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createApiServer } from '../../infra/local/api-server';
import { cognitoLocalVerifier } from '../../infra/local/token-verifier';
import { totpCode } from '../../infra/local/totp';
import { testUserPool } from '../support/cognito';

/**
 * Signing in as staff expect it (issue 11), against cognito-local and the local API server verifying
 * its tokens: first sign-in with a temporary password, the admins' second factor, a forgotten password.
 */
describe('the sign-in lifecycle', () => {
  let pool: Awaited<ReturnType<typeof testUserPool>>;
  let server: ReturnType<typeof createApiServer>;
  let base: string;
  const suffix = Date.now().toString(36);

  beforeAll(async () => {
    pool = await testUserPool();
    server = createApiServer({ verifyToken: cognitoLocalVerifier(pool.endpoint, pool.userPoolId, pool.userPoolClientId) });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    pool?.close();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  });

  async function call(method: string, path: string, idToken: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${idToken}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as any) : undefined };
  }

  /** A first sign-in: the temporary password, then a new one in answer to NEW_PASSWORD_REQUIRED. */
  async function firstSignIn(username: string, role: 'admin' | 'sales', newPassword: string) {
    await pool.createUser(username, role, 'Temp#Pass2026x');
    const first = await pool.initiate(username, 'Temp#Pass2026x');
    expect(first.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect(first.AuthenticationResult).toBeUndefined();
    const answered = await pool.respond(username, first.Session, 'NEW_PASSWORD_REQUIRED', { NEW_PASSWORD: newPassword });
    return answered.AuthenticationResult!;
  }

  it('asks for a new password at the first sign-in with a temporary one, then signs in with the new one', async () => {
    const username = `new.sales.${suffix}`;
    const tokens = await firstSignIn(username, 'sales', 'Fresh#Start2026');
    expect((await call('GET', '/customers', tokens.IdToken!)).status).toBe(200);

    await expect(pool.initiate(username, 'Temp#Pass2026x')).rejects.toThrow();
    const again = await pool.initiate(username, 'Fresh#Start2026');
    expect(again.ChallengeName).toBeUndefined();
    expect(again.AuthenticationResult?.IdToken).toBeTruthy();
  });

  describe('an administrator without a second factor', () => {
    const username = `new.admin.${suffix}`;
    const password = 'Admin#Start2026';
    let tokens: Awaited<ReturnType<typeof firstSignIn>>;
    beforeAll(async () => {
      tokens = await firstSignIn(username, 'admin', password);
    });

    const changeTierRules = async (idToken: string, lang = 'zh-CN') => {
      const current = await call('GET', '/settings/tiers', idToken);
      expect(current.status).toBe(200);
      return call('PUT', '/settings/tiers', idToken, current.body.settings, { 'if-match': current.headers.get('etag')!, 'accept-language': lang });
    };

    it('is refused on an admin route with 403 mfa_required, in both languages, but reads what others may read', async () => {
      const zh = await changeTierRules(tokens.IdToken!);
      expect(zh.status).toBe(403);
      expect(zh.body.error.code).toBe('mfa_required');
      expect(zh.body.error.message).toContain('两步验证');
      const en = await changeTierRules(tokens.IdToken!, 'en');
      expect(en.body.error).toMatchObject({ code: 'mfa_required', message: expect.stringContaining('two-step verification') });

      expect((await call('GET', '/customers', tokens.IdToken!)).status).toBe(200);
      expect((await call('GET', '/me/notification-settings', tokens.IdToken!)).status).toBe(200);
    });

    it('is told by POST /me/mfa that TOTP is off and required; telling it so does not open the admin routes', async () => {
      const synced = await call('POST', '/me/mfa', tokens.IdToken!, { accessToken: tokens.AccessToken });
      expect(synced).toMatchObject({ status: 200, body: { totp: false, required: true } });
      expect((await changeTierRules(tokens.IdToken!)).status).toBe(403);
    });

    it('cannot record another person’s factor, nor pass a token Cognito refuses', async () => {
      const other = await firstSignIn(`other.${suffix}`, 'sales', 'Other#Start2026');
      const mismatch = await call('POST', '/me/mfa', tokens.IdToken!, { accessToken: other.AccessToken });
      expect(mismatch.status).toBe(403);
      expect(mismatch.body.error.code).toBe('mfa_token_mismatch');
      const garbage = await call('POST', '/me/mfa', tokens.IdToken!, { accessToken: 'x'.repeat(40) });
      expect(garbage.status).toBe(400);
      expect(garbage.body.error.code).toBe('mfa_token_invalid');
    });

    it('reaches the admin routes once TOTP is set up, and from then on signs in with a code', async () => {
      const secret = await pool.setUpTotp(tokens.AccessToken!);
      const synced = await call('POST', '/me/mfa', tokens.IdToken!, { accessToken: tokens.AccessToken });
      expect(synced.body).toEqual({ totp: true, required: true });
      expect((await changeTierRules(tokens.IdToken!)).status).toBe(200);

      const challenged = await pool.initiate(username, password);
      expect(challenged.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
      const wrong = String((Number(totpCode(secret)) + 1) % 1_000_000).padStart(6, '0');
      await expect(pool.respond(username, challenged.Session, 'SOFTWARE_TOKEN_MFA', { SOFTWARE_TOKEN_MFA_CODE: wrong })).rejects.toThrow();
      const next = await pool.signIn(username, password, secret);
      expect((await changeTierRules(next.IdToken!)).status).toBe(200);
    });
  });

  // The code is read from the pool cognito-local keeps, not from its log: it logs the code through pino
  // asynchronously, and beside users.test.ts and units.test.ts a line came ~19 s late or not within 90 s
  // (one run in three). The twin's documented way (the code in the log `npm start` names) is covered end to
  // end by test/e2e/sign-in.spec.ts (忘记密码).
  it('resets a forgotten password with the code cognito-local sends', async () => {
    const username = `forgetful.${suffix}`;
    await firstSignIn(username, 'sales', 'Before#Forget2026');
    await pool.client.send(new ForgotPasswordCommand({ ClientId: pool.userPoolClientId, Username: username }));

    const code = await sentCode(pool.userPoolId, username);
    await pool.client.send(new ConfirmForgotPasswordCommand({ ClientId: pool.userPoolClientId, Username: username, ConfirmationCode: code, Password: 'After#Remember2026' }));
    expect((await pool.initiate(username, 'After#Remember2026')).AuthenticationResult?.IdToken).toBeTruthy();
  });
});

/** The code cognito-local sent this user, as it keeps it on the user in its pool's file (saved before it answers). */
async function sentCode(userPoolId: string, username: string): Promise<string> {
  const file = join(inject('cognitoDataDir'), '.cognito/db', `${userPoolId}.json`);
  for (let attempt = 0; attempt < 100; attempt++) {
    const code = storedCode(file, username);
    if (code) return code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no confirmation code for ${username} in ${file}`);
}

function storedCode(file: string, username: string): string | undefined {
  try {
    const pool = JSON.parse(readFileSync(file, 'utf8')) as { Users?: Record<string, { ConfirmationCode?: string }> };
    return pool.Users?.[username]?.ConfirmationCode;
  } catch {
    return undefined; // caught while cognito-local rewrites the file: read again
  }
}
