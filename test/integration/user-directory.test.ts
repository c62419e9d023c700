import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportUserDirectory, type UserDirectorySnapshot } from '../../functions/core/user-directory';
import { startCognitoLocal } from '../../infra/local/cognito-local';
import { startCognitoTriggers } from '../../infra/local/cognito-triggers';
import { demoUsers } from '../../infra/local/demo-users';
import { stopProcessGroup } from '../../infra/local/dynamodb-local';
import { provisionCognito } from '../../infra/local/provision-cognito';
import { rebuildFromFile } from '../../infra/ops/rebuild-user-pool';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Comparable content of a snapshot: everything but the pool id and the time. */
const content = (s: UserDirectorySnapshot) => ({
  groups: s.groups.map((g) => g.name).sort(),
  users: s.users
    .map((u) => ({ username: u.username, enabled: u.enabled, attributes: u.attributes, groups: [...u.groups].sort() }))
    .sort((a, b) => a.username.localeCompare(b.username)),
});

/** docs/operations.md "Rebuilding the user pool", rehearsed against cognito-local. */
describe('the user directory copy and the rebuild of a lost pool', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cognito-dir-'));
  let triggers: Server;
  let cognito: { endpoint: string; process: ChildProcess };
  let client: CognitoIdentityProviderClient;

  beforeAll(async () => {
    const triggersPort = await freePort();
    triggers = await startCognitoTriggers(triggersPort);
    cognito = await startCognitoLocal({ port: await freePort(), dataDir, triggersPort });
    client = new CognitoIdentityProviderClient({ endpoint: cognito.endpoint, region: 'local', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } });
  }, 120_000);

  afterAll(async () => {
    if (cognito) stopProcessGroup(cognito.process);
    triggers?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('copies every user, group and attribute, and rebuilds them in a new pool where people can sign in again once given a password', async () => {
    const users = [...demoUsers.filter((u) => !u.unitId).slice(0, 3), ...demoUsers.filter((u) => u.unitId).slice(0, 2)];
    const original = await provisionCognito(cognito.endpoint, 'crm-directory-test');
    // The accounts as staff administration makes them (functions/core/accounts): name, unit, one group.
    for (const u of users) {
      await client.send(
        new AdminCreateUserCommand({
          UserPoolId: original.userPoolId,
          Username: u.username,
          MessageAction: 'SUPPRESS',
          UserAttributes: [{ Name: 'name', Value: u.name }, ...(u.unitId ? [{ Name: 'custom:unitId', Value: u.unitId }] : [])],
        }),
      );
      await client.send(new AdminAddUserToGroupCommand({ UserPoolId: original.userPoolId, Username: u.username, GroupName: u.role }));
    }
    await client.send(new AdminDisableUserCommand({ UserPoolId: original.userPoolId, Username: users[1]!.username }));

    const snapshot = await exportUserDirectory(client, original.userPoolId);
    expect(snapshot.users.map((u) => u.username).sort()).toEqual(users.map((u) => u.username).sort());
    const unitUser = users.find((u) => u.unitId)!;
    expect(snapshot.users.find((u) => u.username === unitUser.username)).toMatchObject({
      enabled: true,
      attributes: { name: unitUser.name, 'custom:unitId': unitUser.unitId },
      groups: [unitUser.role],
    });
    expect(snapshot.users.find((u) => u.username === users[1]!.username)!.enabled).toBe(false);
    expect(snapshot.users.every((u) => !('sub' in u.attributes))).toBe(true);

    // The pool is lost: a new one is created (in the cloud, by redeploying Crm-Data), then rebuilt from the file.
    const { UserPool } = await client.send(new CreateUserPoolCommand({ PoolName: 'crm-rebuilt' }));
    const file = join(dataDir, 'directory.json');
    writeFileSync(file, JSON.stringify(snapshot));
    const created = await rebuildFromFile(file, UserPool!.Id!, cognito.endpoint);
    expect(created).toMatchObject({ users: users.length });

    const rebuilt = await exportUserDirectory(client, UserPool!.Id!);
    expect(content(rebuilt)).toEqual(content(snapshot));
    // Rerunning changes nothing.
    expect((await rebuildFromFile(file, UserPool!.Id!, cognito.endpoint)).users).toBe(0);
    expect(content(await exportUserDirectory(client, UserPool!.Id!))).toEqual(content(snapshot));

    // The administrator sets a password; the user signs in with the same role and unit as before.
    const { UserPoolClient } = await client.send(
      new CreateUserPoolClientCommand({ UserPoolId: UserPool!.Id!, ClientName: 'web', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }),
    );
    await client.send(new AdminSetUserPasswordCommand({ UserPoolId: UserPool!.Id!, Username: unitUser.username, Password: 'Rebuilt-Pool-2026!', Permanent: true }));
    const signIn = await client.send(
      new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: UserPoolClient!.ClientId!, AuthParameters: { USERNAME: unitUser.username, PASSWORD: 'Rebuilt-Pool-2026!' } }),
    );
    const claims = decodeJwt(signIn.AuthenticationResult!.IdToken!);
    expect(claims['cognito:groups']).toEqual([unitUser.role]);
    expect(claims['custom:unitId']).toBe(unitUser.unitId);
  }, 120_000);
});
