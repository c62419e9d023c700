import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { userDeps } from '../../functions/users/deps';
import { createDemoUsers } from '../../infra/local/create-demo-users';
import { demoPassword, demoUsers } from '../../infra/local/demo-users';
import { testTable } from '../support/table';
import { testUserPool } from '../support/cognito';

/** The twin's sign-in gives the API the same claims as Cognito: the user's name, not only their username. */
describe('cognito-local in the twin', () => {
  it('issues ID tokens carrying the name, role and unit of a demo user made through staff administration', async () => {
    const pool = await testUserPool();
    const { client, tableName } = testTable();
    const user = demoUsers.find((u) => u.role === 'unit-staff' && u.unitId)!;
    const deps = userDeps(client, tableName, pool.port);
    expect(await createDemoUsers(deps, [user])).toEqual({ created: 1 });
    // A second start changes nothing.
    expect(await createDemoUsers(deps, [user])).toEqual({ created: 0 });
    expect(await deps.staff.get(user.username)).toMatchObject({ name: user.name, role: user.role, unitId: user.unitId, status: 'active' });

    const out = await pool.client.send(
      new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: pool.userPoolClientId, AuthParameters: { USERNAME: user.username, PASSWORD: demoPassword } }),
    );
    const claims = decodeJwt(out.AuthenticationResult!.IdToken!);
    expect(claims.name).toBe(user.name);
    expect(claims['cognito:username']).toBe(user.username);
    expect(claims['cognito:groups']).toEqual([user.role]);
    expect(claims['custom:unitId']).toBe(user.unitId);
  }, 60_000);
});
