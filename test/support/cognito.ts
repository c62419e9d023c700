import { randomUUID } from 'node:crypto';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AssociateSoftwareTokenCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
  type AuthenticationResultType,
} from '@aws-sdk/client-cognito-identity-provider';
import { inject } from 'vitest';
import type { Role } from '../../shared/roles';
import { CognitoUserPool } from '../../functions/core/accounts/cognito-user-pool';
import { provisionCognito } from '../../infra/local/provision-cognito';
import { totpCode } from '../../infra/local/totp';

/**
 * A user pool of the test file's own on the run's cognito-local (cognito-global-setup.ts), provisioned
 * as the twin provisions its pool, and the calls the SPA makes through Amplify, made with the SDK.
 * Sets USER_POOL_ID, so the handlers' user-pool port (`port`, functions/core/accounts) finds it.
 */
export async function testUserPool() {
  const endpoint = inject('cognitoEndpoint');
  const pool = await provisionCognito(endpoint, `test-${randomUUID()}`);
  process.env.USER_POOL_ID = pool.userPoolId;
  const client = new CognitoIdentityProviderClient({ endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } });

  /** An account as an administrator makes it: a temporary password, to be changed at first sign-in. */
  async function createUser(username: string, role: Role, temporaryPassword: string, unitId?: string) {
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId: pool.userPoolId,
        Username: username,
        TemporaryPassword: temporaryPassword,
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'name', Value: `测试${username}` },
          { Name: 'email', Value: `${username}@example.com` },
          ...(unitId ? [{ Name: 'custom:unitId', Value: unitId }] : []),
        ],
      }),
    );
    await client.send(new AdminAddUserToGroupCommand({ UserPoolId: pool.userPoolId, Username: username, GroupName: role }));
  }

  const initiate = (username: string, password: string) =>
    client.send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: pool.userPoolClientId, AuthParameters: { USERNAME: username, PASSWORD: password } }));

  const respond = (username: string, session: string | undefined, challenge: 'NEW_PASSWORD_REQUIRED' | 'SOFTWARE_TOKEN_MFA', answer: Record<string, string>) =>
    client.send(
      new RespondToAuthChallengeCommand({
        ClientId: pool.userPoolClientId,
        ChallengeName: challenge,
        Session: session,
        ChallengeResponses: { USERNAME: username, ...answer },
      }),
    );

  /** Signs in, answering a TOTP challenge from `totpSecret` when Cognito asks; fails on any other challenge. */
  async function signIn(username: string, password: string, totpSecret?: string): Promise<AuthenticationResultType> {
    const first = await initiate(username, password);
    if (first.AuthenticationResult) return first.AuthenticationResult;
    if (first.ChallengeName !== 'SOFTWARE_TOKEN_MFA' || !totpSecret) throw new Error(`unexpected challenge ${first.ChallengeName}`);
    const second = await respond(username, first.Session, 'SOFTWARE_TOKEN_MFA', { SOFTWARE_TOKEN_MFA_CODE: totpCode(totpSecret) });
    return second.AuthenticationResult!;
  }

  /** Turns TOTP on as the profile page does; returns the secret the page shows as the manual key. */
  async function setUpTotp(accessToken: string): Promise<string> {
    const { SecretCode: secret } = await client.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
    await client.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: totpCode(secret!) }));
    await client.send(new SetUserMFAPreferenceCommand({ AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
    return secret!;
  }

  return { endpoint, ...pool, client, port: new CognitoUserPool(client, pool.userPoolId), createUser, initiate, respond, signIn, setUpTotp, close: () => client.destroy() };
}
