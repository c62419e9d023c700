import {
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { passwordPolicy } from '#shared/password-policy';
import { roles } from '#shared/roles';
import { localRegion, userPoolName } from './settings';

export interface LocalUserPool {
  userPoolId: string;
  userPoolClientId: string;
}

/**
 * Creates, once, the user pool (with the custom `unitId` attribute), its app client and a group per role;
 * later runs find them and change nothing. Mirrors the cloud's user pool in infra/. The demo users are
 * made afterwards through staff administration's own use case (demo-users.ts).
 */
export async function provisionCognito(endpoint: string, poolName = userPoolName): Promise<LocalUserPool> {
  const client = new CognitoIdentityProviderClient({
    endpoint,
    region: localRegion,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const userPoolId = await ensurePool(client, poolName);
    const userPoolClientId = await ensureClient(client, userPoolId);
    // cognito-local's CreateGroup replaces an existing group and empties it, so only missing groups are created.
    const existing = await client.send(new ListGroupsCommand({ UserPoolId: userPoolId }));
    const names = new Set(existing.Groups?.map((g) => g.GroupName));
    for (const role of roles) {
      if (!names.has(role)) await client.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: role }));
    }
    return { userPoolId, userPoolClientId };
  } finally {
    client.destroy();
  }
}

async function ensurePool(client: CognitoIdentityProviderClient, poolName: string): Promise<string> {
  const pools = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  const found = pools.UserPools?.find((p) => p.Name === poolName)?.Id;
  const userPoolId =
    found ??
    (
      await client.send(
        new CreateUserPoolCommand({
          PoolName: poolName,
          Schema: [
            { Name: 'name', AttributeDataType: 'String', Mutable: true },
            { Name: 'email', AttributeDataType: 'String', Mutable: true },
            { Name: 'unitId', AttributeDataType: 'String', Mutable: true },
          ],
          // The cloud pool's rules (shared/password-policy.ts). cognito-local keeps but does not enforce them:
          // locally only the forms check a new password, and the demo password is below them (README).
          Policies: {
            PasswordPolicy: {
              MinimumLength: passwordPolicy.minLength,
              RequireLowercase: passwordPolicy.requireLowercase,
              RequireUppercase: passwordPolicy.requireUppercase,
              RequireNumbers: passwordPolicy.requireDigits,
              RequireSymbols: passwordPolicy.requireSymbols,
              TemporaryPasswordValidityDays: passwordPolicy.temporaryPasswordValidityDays,
            },
          },
        }),
      )
    ).UserPool!.Id!;
  // As in the cloud: MFA optional, TOTP only (no SMS). Asserted every run, so a pool made before this holds it too.
  await client.send(
    new SetUserPoolMfaConfigCommand({ UserPoolId: userPoolId, MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true } }),
  );
  return userPoolId;
}

async function ensureClient(client: CognitoIdentityProviderClient, userPoolId: string): Promise<string> {
  const clients = await client.send(new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }));
  const found = clients.UserPoolClients?.find((c) => c.ClientName === 'crm-web')?.ClientId;
  if (found) return found;
  const created = await client.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: 'crm-web',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    }),
  );
  return created.UserPoolClient!.ClientId!;
}
