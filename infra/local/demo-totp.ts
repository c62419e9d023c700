import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  AdminGetUserCommand,
  AssociateSoftwareTokenCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { LocalUserPool } from './provision-cognito';
import { localRegion } from './settings';
import { StartupError } from './startup-error';
import { totpCode } from './totp';

/**
 * Sets up TOTP for a demo user (the demo admin: admins must have it, shared/admin-mfa.ts) through the
 * same calls the SPA makes (AssociateSoftwareToken, VerifySoftwareToken, SetUserMFAPreference), once;
 * returns the secret so `npm start` can list it and tests can answer the sign-in challenge. A user set
 * up on an earlier run keeps their secret, read back from cognito-local's own data file (its format
 * in cognito-local 5.3: `Users.<username>.SoftwareTokenMfaConfiguration.Secret`).
 */
export async function enrolDemoTotp(
  endpoint: string,
  pool: LocalUserPool,
  user: { username: string; password: string },
  cognitoDataDir: string,
): Promise<string> {
  const client = new CognitoIdentityProviderClient({ endpoint, region: localRegion, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    const existing = await client.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: user.username }));
    if (existing.UserMFASettingList?.includes('SOFTWARE_TOKEN_MFA')) return storedSecret(cognitoDataDir, pool.userPoolId, user.username);

    const signedIn = await client.send(
      new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: pool.userPoolClientId, AuthParameters: { USERNAME: user.username, PASSWORD: user.password } }),
    );
    const accessToken = signedIn.AuthenticationResult?.AccessToken;
    if (!accessToken) throw new StartupError(`Could not sign in as ${user.username} to set up its TOTP. Run: npm start -- --reset`);
    const { SecretCode: secret } = await client.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
    await client.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: totpCode(secret!), FriendlyDeviceName: 'demo' }));
    await client.send(
      new SetUserMFAPreferenceCommand({ AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }),
    );
    return secret!;
  } finally {
    client.destroy();
  }
}

function storedSecret(cognitoDataDir: string, userPoolId: string, username: string): string {
  const file = resolve(cognitoDataDir, '.cognito/db', `${userPoolId}.json`);
  const data = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { Users?: Record<string, { SoftwareTokenMfaConfiguration?: { Secret?: string } }> }) : {};
  const secret = data.Users?.[username]?.SoftwareTokenMfaConfiguration?.Secret;
  if (!secret) throw new StartupError(`The TOTP secret of ${username} is not in ${file}. Run: npm start -- --reset`);
  return secret;
}
