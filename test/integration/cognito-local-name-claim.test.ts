import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoLocal } from '../../infra/local/cognito-local';
import { startCognitoTriggers } from '../../infra/local/cognito-triggers';
import { demoPassword, demoUsers } from '../../infra/local/demo-users';
import { stopProcessGroup } from '../../infra/local/dynamodb-local';
import { provisionCognito } from '../../infra/local/provision-cognito';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** The twin's sign-in gives the API the same claims as Cognito: the user's name, not only their username. */
describe('cognito-local in the twin', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cognito-'));
  let triggers: Server;
  let cognito: { endpoint: string; process: ChildProcess };

  beforeAll(async () => {
    const triggersPort = await freePort();
    triggers = await startCognitoTriggers(triggersPort);
    cognito = await startCognitoLocal({ port: await freePort(), dataDir, triggersPort });
  }, 120_000);

  afterAll(async () => {
    if (cognito) stopProcessGroup(cognito.process);
    triggers?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('issues ID tokens carrying the name, role and unit', async () => {
    const user = demoUsers.find((u) => u.role === 'unit-staff' && u.unitId)!;
    const pool = await provisionCognito(cognito.endpoint, [user]);
    const client = new CognitoIdentityProviderClient({ endpoint: cognito.endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } });
    const out = await client.send(
      new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: pool.userPoolClientId, AuthParameters: { USERNAME: user.username, PASSWORD: demoPassword } }),
    );
    const claims = decodeJwt(out.AuthenticationResult!.IdToken!);
    expect(claims.name).toBe(user.name);
    expect(claims['cognito:username']).toBe(user.username);
    expect(claims['cognito:groups']).toEqual([user.role]);
    expect(claims['custom:unitId']).toBe(user.unitId);
  }, 60_000);
});
