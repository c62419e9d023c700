import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { InitiateAuthCommand, RespondToAuthChallengeCommand } from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserPoolPort } from '../../functions/core/accounts/user-pool.port';
import { DomainError } from '../../functions/core/errors';
import { StaffMfaRepository } from '../../functions/core/repositories/staff-mfa.repository';
import { InboxRepository } from '../../functions/core/repositories/inbox.repository';
import { StaffRepository } from '../../functions/core/repositories/staff.repository';
import { userDeps } from '../../functions/users/deps';
import { createUser } from '../../functions/users/use-cases/create-user';
import { createApiServer } from '../../infra/local/api-server';
import { cognitoLocalVerifier } from '../../infra/local/token-verifier';
import { newCreditCode } from '../support/credit-codes';
import { testTable } from '../support/table';
import { testUserPool } from '../support/cognito';

/**
 * Staff administration end to end (issue 11) against cognito-local and DynamoDB Local: the API server
 * verifies real cognito-local tokens, as in the twin.
 */
let pool: Awaited<ReturnType<typeof testUserPool>>;
let server: Server;
let base: string;
let adminToken: string;
const { client, tableName } = testTable();
const root = { username: 'root.admin', password: 'Root-Passw0rd!' };

async function signIn(username: string, password: string, newPassword = 'Chosen-Passw0rd!'): Promise<string> {
  const first = await pool.client.send(
    new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: pool.userPoolClientId, AuthParameters: { USERNAME: username, PASSWORD: password } }),
  );
  if (first.AuthenticationResult?.IdToken) return first.AuthenticationResult.IdToken;
  // A temporary password: the first sign-in asks for a new one (the SPA's sign-in page answers it too).
  expect(first.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
  const answered = await pool.client.send(
    new RespondToAuthChallengeCommand({
      ClientId: pool.userPoolClientId,
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: first.Session,
      ChallengeResponses: { USERNAME: username, NEW_PASSWORD: newPassword },
    }),
  );
  return answered.AuthenticationResult!.IdToken!;
}

async function call(method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, etag: res.headers.get('etag'), body: text ? (JSON.parse(text) as any) : undefined };
}

const salesperson = (username: string) => ({ username, name: '钱多多', email: `${username}@example.cn`, role: 'unit-staff', unitId: 'east' });

beforeAll(async () => {
  pool = await testUserPool();
  // The first administrator, as docs/operations.md makes them, then signed in.
  const deps = userDeps(client, tableName, pool.port);
  await createUser(deps, { username: root.username, name: '王磊', email: 'root@example.cn', role: 'admin' }, { id: 'setup', name: 'setup' }, { invite: false });
  await pool.port.setPermanentPassword(root.username, root.password);
  // Admins act only with TOTP on (shared/admin-mfa.ts, tested by the sign-in work): recorded as on here.
  const mfa = new StaffMfaRepository(client, tableName);
  for (const username of [root.username, 'console.admin']) await mfa.record({ username, totp: true, checkedAt: new Date().toISOString() });
  server = createApiServer({ verifyToken: cognitoLocalVerifier(pool.endpoint, pool.userPoolId, pool.userPoolClientId) });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  adminToken = await signIn(root.username, root.password);
});

afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

describe('a member of staff, from creation to disabling', () => {
  it('creates, signs in with the temporary password, changes role in the next token, and refuses the old token once disabled', async () => {
    const created = await call('POST', '/users', adminToken, salesperson('qian.duoduo'));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.username).toBe('qian.duoduo');
    expect(created.body.temporaryPassword).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{12,}$/);

    const token = await signIn('qian.duoduo', created.body.temporaryPassword);
    const claims = decodeJwt(token);
    expect(claims['cognito:groups']).toEqual(['unit-staff']);
    expect(claims['custom:unitId']).toBe('east');
    expect(claims.name).toBe('钱多多');
    expect((await call('GET', '/customers', token)).status).toBe(200);

    // A role change needs the version the admin saw, and is in the next token.
    const stale = await call('PATCH', '/users/qian.duoduo', adminToken, { role: 'unit-head' }, { 'if-match': '"0"' });
    expect(stale.status).toBe(412);
    const changed = await call('PATCH', '/users/qian.duoduo', adminToken, { role: 'unit-head' }, { 'if-match': created.etag! });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.user).toMatchObject({ role: 'unit-head', unitId: 'east', version: 2 });
    const next = decodeJwt(await signIn('qian.duoduo', 'Chosen-Passw0rd!'));
    expect(next['cognito:groups']).toEqual(['unit-head']);

    const disabled = await call('POST', '/users/qian.duoduo/disable', adminToken);
    expect(disabled.status, JSON.stringify(disabled.body)).toBe(200);
    expect(disabled.body.user.status).toBe('disabled');
    expect(disabled.body.holdings).toEqual({ customers: 0, revisitObligations: 0, openServiceRequests: 0, receptionSteps: 0, more: false });
    // The token issued before is still unexpired and well signed: the directory check refuses it.
    const refused = await call('GET', '/customers', token);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('account_disabled');

    const shown = await call('GET', '/users/qian.duoduo', adminToken);
    expect(shown.body.user.account).toMatchObject({ exists: true, enabled: false, groups: ['unit-head'] });
    expect(shown.body.history.map((h: { action: string }) => h.action)).toEqual(['disabled', 'updated', 'created']);
    expect(shown.body.history[1]).toMatchObject({ by: { id: root.username, name: '王磊' }, changes: [{ field: 'role', before: 'unit-staff', after: 'unit-head' }] });

    const enabled = await call('POST', '/users/qian.duoduo/enable', adminToken);
    expect(enabled.status).toBe(200);
    expect((await call('GET', '/customers', await signIn('qian.duoduo', 'Chosen-Passw0rd!'))).status).toBe(200);
  });

  it('resets a password to a new temporary one, recorded without the password', async () => {
    expect((await call('POST', '/users', adminToken, salesperson('sun.reset'))).status).toBe(201);
    const reset = await call('POST', '/users/sun.reset/reset-password', adminToken);
    expect(reset.status).toBe(200);
    await signIn('sun.reset', reset.body.temporaryPassword);
    const history = (await call('GET', '/users/sun.reset', adminToken)).body.history;
    expect(history[0]).toMatchObject({ action: 'password-reset', changes: [] });
    expect(JSON.stringify(history)).not.toContain(reset.body.temporaryPassword);
    const searched = await call('GET', '/users/history?q=sun.reset&action=password-reset', adminToken);
    expect(searched.body.items.map((h: { username: string }) => h.username)).toEqual(['sun.reset']);
  });
});

describe('disabling someone who still holds work', () => {
  it('shows what they hold and tells their unit head in the inbox', async () => {
    expect((await call('POST', '/users', adminToken, { ...salesperson('zhou.head'), name: '周主任', role: 'unit-head' })).status).toBe(201);
    expect((await call('POST', '/users', adminToken, salesperson('wu.leaving'))).status).toBe(201);
    const seeded = await call('POST', '/customers', adminToken, { name: '吴氏离职测试有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'A', unitId: 'east', ownerId: 'wu.leaving' });
    expect(seeded.status, JSON.stringify(seeded.body)).toBe(201);

    const holdings = await call('GET', '/users/wu.leaving/holdings', adminToken);
    // A new customer has no orders yet: a reserve customer, which carries no revisit obligation.
    expect(holdings.body).toMatchObject({ customers: 1, revisitObligations: 0, openServiceRequests: 0 });
    const disabled = await call('POST', '/users/wu.leaving/disable', adminToken);
    expect(disabled.body.holdings.customers).toBe(1);

    const inbox = await new InboxRepository(client, tableName).list('zhou.head', { limit: 10 });
    const notice = inbox.items.find((n) => n.kind === 'user-disabled');
    expect(notice?.body['zh-CN']).toContain('1 位客户');
    expect(notice?.link).toBe('/reassign?from=wu.leaving');
  });
});

describe('the unit’s heads, as its record names them, are told', () => {
  it('sends the notice to the named heads, naming the person and each kind of work they still hold', async () => {
    expect((await call('POST', '/users', adminToken, { username: 'lu.boss', name: '陆总监', email: 'lu.boss@example.cn', role: 'sales-head' })).status).toBe(201);
    expect((await call('POST', '/units', adminToken, { code: 'handover', name: '交接测试事业部', heads: ['lu.boss'] })).status).toBe(201);
    // A unit head by role who is not named on the unit's record is not the one told.
    expect((await call('POST', '/users', adminToken, { ...salesperson('he.byrole'), name: '何主任', role: 'unit-head', unitId: 'handover' })).status).toBe(201);
    expect((await call('POST', '/users', adminToken, { ...salesperson('ma.leaving'), name: '马离职', unitId: 'handover' })).status).toBe(201);
    for (const name of ['马氏交接测试甲有限公司', '马氏交接测试乙有限公司']) {
      const made = await call('POST', '/customers', adminToken, { name, creditCode: newCreditCode(), kind: 'main-business', creditRating: 'A', unitId: 'handover', ownerId: 'ma.leaving' });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
    }

    expect((await call('POST', '/users/ma.leaving/disable', adminToken)).status).toBe(200);

    const inbox = new InboxRepository(client, tableName);
    const told = (await inbox.list('lu.boss', { limit: 10 })).items.filter((n) => n.kind === 'user-disabled');
    expect(told).toHaveLength(1);
    expect(told[0]!.title['zh-CN']).toBe('马离职 的账号已停用');
    expect(told[0]!.body['zh-CN']).toBe('王磊 停用了 马离职 的账号。其名下尚有 2 位客户、0 项回访任务、0 个未结工单、0 项接待任务，请安排转交。');
    expect(told[0]!.body.en).toContain('2 customers, 0 revisit obligations');
    expect(told[0]!.link).toBe('/reassign?from=ma.leaving');
    expect((await inbox.list('he.byrole', { limit: 10 })).items.filter((n) => n.kind === 'user-disabled')).toEqual([]);
  });
});

describe('the WeCom / DingTalk user ids notices use', () => {
  it('are set and cleared by PATCH /users, checked, kept in the directory the channels read, and recorded', async () => {
    const made = await call('POST', '/users', adminToken, salesperson('tang.wecom'));
    const bad = await call('PATCH', '/users/tang.wecom', adminToken, { wecomUserId: 'Tang Wei!' }, { 'if-match': made.etag! });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.wecomUserId).toContain('userid');
    const set = await call('PATCH', '/users/tang.wecom', adminToken, { wecomUserId: 'TangWei', dingtalkUserId: 'ding-0451' }, { 'if-match': made.etag! });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const staff = new StaffRepository(client, tableName);
    expect(await staff.get('tang.wecom')).toMatchObject({ wecomUserId: 'TangWei', dingtalkUserId: 'ding-0451' });
    const shown = await call('GET', '/users/tang.wecom', adminToken);
    expect(shown.body.user).toMatchObject({ wecomUserId: 'TangWei', dingtalkUserId: 'ding-0451' });
    expect(shown.body.history[0].changes).toEqual([
      { field: 'wecomUserId', after: 'TangWei' },
      { field: 'dingtalkUserId', after: 'ding-0451' },
    ]);

    const cleared = await call('PATCH', '/users/tang.wecom', adminToken, { wecomUserId: '' }, { 'if-match': set.etag! });
    expect(cleared.status).toBe(200);
    const after = await staff.get('tang.wecom');
    expect(after?.wecomUserId).toBeUndefined();
    expect(after?.dingtalkUserId).toBe('ding-0451');
  });
});

describe('what is refused', () => {
  it('keeps usernames unique ignoring case', async () => {
    expect((await call('POST', '/users', adminToken, salesperson('li.unique'))).status).toBe(201);
    const again = await call('POST', '/users', adminToken, salesperson('LI.Unique'));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('user.taken');
  });

  it('asks a unit for unit roles and refuses one for the others', async () => {
    const { unitId: _u, ...noUnit } = salesperson('no.unit');
    const missing = await call('POST', '/users', adminToken, noUnit);
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.unitId).toBeDefined();
    const extra = await call('POST', '/users', adminToken, { ...salesperson('finance.unit'), role: 'finance' });
    expect(extra.status).toBe(400);
    const unknown = await call('POST', '/users', adminToken, { ...salesperson('west.staff'), unitId: 'west' });
    expect(unknown.status).toBe(400);
  });

  it('lets nobody change their own role or disable themselves', async () => {
    const me = await call('GET', `/users/${root.username}`, adminToken);
    const demote = await call('PATCH', `/users/${root.username}`, adminToken, { role: 'sales-head' }, { 'if-match': me.etag! });
    expect(demote.status).toBe(403);
    expect(demote.body.error.code).toBe('user.self');
    const disable = await call('POST', `/users/${root.username}/disable`, adminToken);
    expect(disable.status).toBe(403);
    // Their own name they may change.
    expect((await call('PATCH', `/users/${root.username}`, adminToken, { mobile: '13812345678' }, { 'if-match': me.etag! })).status).toBe(200);
  });

  it('keeps the last active administrator, then lets them go once another is adopted', async () => {
    // An administrator made in the console: in the pool, not in the directory.
    await pool.port.create({ username: 'console.admin', name: '控制台管理员', email: 'c@example.cn', role: 'admin', temporaryPassword: 'Temp-Passw0rd!', invite: false });
    const consoleToken = await signIn('console.admin', 'Temp-Passw0rd!');
    const listed = await call('GET', '/users?status=pool-only', consoleToken);
    expect(listed.body.items.map((u: { username: string }) => u.username)).toEqual(['console.admin']);

    const refused = await call('POST', `/users/${root.username}/disable`, consoleToken);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('user.lastAdmin');

    const adopted = await call('POST', '/users/console.admin/adopt', adminToken, {});
    expect(adopted.status, JSON.stringify(adopted.body)).toBe(201);
    expect(adopted.body.user).toMatchObject({ role: 'admin', status: 'active', name: '控制台管理员' });
    expect((await call('GET', '/users?status=pool-only', adminToken)).body.items).toEqual([]);
    const me = await call('GET', `/users/${root.username}`, adminToken);
    const demoted = await call('PATCH', `/users/${root.username}`, consoleToken, { role: 'sales-head' }, { 'if-match': me.etag! });
    expect(demoted.status, JSON.stringify(demoted.body)).toBe(200);
  });
});

describe('the pool and the directory change together', () => {
  /** The real pool, with one call made to fail. */
  function failing(method: keyof UserPoolPort, times = 1): UserPoolPort {
    let left = times;
    return new Proxy(pool.port, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (prop !== method || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
        return async (...args: unknown[]) => {
          if (left-- > 0) {
            // Fails after doing the work, the worst case: the account exists in the pool.
            await value.apply(target, args);
            throw new Error(`injected failure in ${String(prop)}`);
          }
          return value.apply(target, args);
        };
      },
    });
  }
  const by = { id: root.username, name: '王磊' };

  it('leaves no half-made user when the pool fails half-way', async () => {
    const deps = userDeps(client, tableName, failing('create'));
    const error = await createUser(deps, salesperson('half.made') as never, by).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('unavailable');
    expect(await deps.staff.get('half.made')).toBeUndefined();
    expect(await deps.staff.loginHolder('half.made')).toBeUndefined();
    expect(await pool.port.find('half.made')).toBeUndefined();
  });

  it('completes on retry when the directory write and its undoing both failed', async () => {
    const real = userDeps(client, tableName, pool.port);
    // The final directory write fails, and so does removing the account: the entry stays pending.
    const deps = { ...real, pool: () => failing('remove', 1) };
    const replace = real.staff.replace.bind(real.staff);
    let failed = false;
    deps.staff.replace = async (...args) => {
      if (!failed) {
        failed = true;
        throw new Error('injected directory failure');
      }
      return replace(...args);
    };
    const error = await createUser(deps, salesperson('retry.me') as never, by).catch((e: unknown) => e);
    expect((error as DomainError).kind).toBe('unavailable');
    expect((await real.staff.get('retry.me'))?.status).toBe('pending');
    const listed = await call('GET', '/users?status=pending', adminToken);
    expect(listed.body.items.map((u: { username: string }) => u.username)).toContain('retry.me');

    const retried = await call('POST', '/users', adminToken, salesperson('retry.me'));
    expect(retried.status, JSON.stringify(retried.body)).toBe(201);
    expect((await real.staff.get('retry.me'))?.status).toBe('active');
    const token = await signIn('retry.me', retried.body.temporaryPassword);
    expect((await call('GET', '/customers', token)).status).toBe(200);
  });

  it('puts the pool back when the directory refuses a change', async () => {
    expect((await call('POST', '/users', adminToken, salesperson('roll.back'))).status).toBe(201);
    const real = userDeps(client, tableName, pool.port);
    const deps = { ...real, staff: Object.assign(Object.create(Object.getPrototypeOf(real.staff)), real.staff) };
    deps.staff.replace = async () => {
      throw new Error('injected directory failure');
    };
    const { updateUser } = await import('../../functions/users/use-cases/update-user');
    const error = await updateUser(deps, 'roll.back', { role: 'unit-head' }, 1, { id: root.username, name: '王磊', role: 'admin' }).catch((e: unknown) => e);
    expect((error as DomainError).kind).toBe('unavailable');
    expect((await pool.port.find('roll.back'))?.groups).toEqual(['unit-staff']);
    expect((await real.staff.get('roll.back'))?.role).toBe('unit-staff');
  });
});
