import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminDisableUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportUserDirectory, type UserDirectorySnapshot } from '../../functions/core/user-directory';
import { rebuildFromFile } from '../../infra/ops/rebuild-user-pool';
import { testUserPool } from '../support/cognito';

/** Comparable content of a snapshot: everything but the pool id and the time. */
const content = (s: UserDirectorySnapshot) => ({
  groups: s.groups.map((g) => g.name).sort(),
  users: s.users
    .map((u) => ({ username: u.username, enabled: u.enabled, attributes: u.attributes, groups: [...u.groups].sort() }))
    .sort((a, b) => a.username.localeCompare(b.username)),
});

/** docs/operations.md "Rebuilding the user pool", rehearsed against the run's cognito-local. */
describe('the user directory copy and the rebuild of a lost pool', () => {
  let pool: Awaited<ReturnType<typeof testUserPool>>;
  beforeAll(async () => {
    pool = await testUserPool();
  });
  afterAll(() => pool?.close());

  it('copies every user, group and attribute, and rebuilds them in a new pool where people can sign in again once given a password', async () => {
    const client = pool.client;
    const users = [
      { username: 'dir.admin', role: 'admin', name: '测试dir.admin' },
      { username: 'dir.office', role: 'office', name: '测试dir.office' },
      { username: 'dir.east', role: 'unit-head', name: '测试dir.east', unitId: 'east' },
      { username: 'dir.north', role: 'unit-staff', name: '测试dir.north', unitId: 'north' },
    ] as const;
    for (const u of users) await pool.createUser(u.username, u.role, 'Temp-Password-2026!', 'unitId' in u ? u.unitId : undefined);
    await client.send(new AdminDisableUserCommand({ UserPoolId: pool.userPoolId, Username: 'dir.office' }));

    const snapshot = await exportUserDirectory(client, pool.userPoolId);
    expect(snapshot.users.map((u) => u.username).sort()).toEqual(users.map((u) => u.username).sort());
    expect(snapshot.users.find((u) => u.username === 'dir.east')).toMatchObject({
      enabled: true,
      attributes: { name: '测试dir.east', 'custom:unitId': 'east', email: 'dir.east@example.com' },
      groups: ['unit-head'],
    });
    expect(snapshot.users.find((u) => u.username === 'dir.office')!.enabled).toBe(false);
    expect(snapshot.groups.map((g) => g.name)).toEqual(expect.arrayContaining(['admin', 'unit-head', 'unit-staff']));
    expect(snapshot.users.every((u) => !('sub' in u.attributes))).toBe(true);

    // The pool is lost: a new one is created (in the cloud, by redeploying Crm-Data), then rebuilt from the file.
    const { UserPool } = await client.send(new CreateUserPoolCommand({ PoolName: `crm-rebuilt-${Date.now()}` }));
    const dir = mkdtempSync(join(tmpdir(), 'user-dir-'));
    try {
      const file = join(dir, 'directory.json');
      writeFileSync(file, JSON.stringify(snapshot));
      const created = await rebuildFromFile(file, UserPool!.Id!, pool.endpoint);
      expect(created).toMatchObject({ users: users.length });

      const rebuilt = await exportUserDirectory(client, UserPool!.Id!);
      expect(content(rebuilt)).toEqual(content(snapshot));
      // Rerunning changes nothing.
      expect((await rebuildFromFile(file, UserPool!.Id!, pool.endpoint)).users).toBe(0);
      expect(content(await exportUserDirectory(client, UserPool!.Id!))).toEqual(content(snapshot));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // The administrator sets a password; the user signs in with the same role and unit as before.
    const { UserPoolClient } = await client.send(
      new CreateUserPoolClientCommand({ UserPoolId: UserPool!.Id!, ClientName: 'web', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }),
    );
    await client.send(new AdminSetUserPasswordCommand({ UserPoolId: UserPool!.Id!, Username: 'dir.east', Password: 'Rebuilt-Pool-2026!', Permanent: true }));
    const signIn = await client.send(
      new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: UserPoolClient!.ClientId!, AuthParameters: { USERNAME: 'dir.east', PASSWORD: 'Rebuilt-Pool-2026!' } }),
    );
    const claims = decodeJwt(signIn.AuthenticationResult!.IdToken!);
    expect(claims['cognito:groups']).toEqual(['unit-head']);
    expect(claims['custom:unitId']).toBe('east');
  }, 120_000);
});
