import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  ListUsersCommand,
  ListUsersInGroupCommand,
  type AttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { isRole, roles, type Role } from '#shared/roles';
import { logger } from '../logger';
import { traceSdkCalls } from '../sdk-tracing';
import type { NewPoolAccount, PoolAccount, UserPoolPort } from './user-pool.port';

const unitAttribute = 'custom:unitId';

/**
 * The user pool through the AWS SDK: Cognito in the cloud (USER_POOL_ID, granted only the cognito-idp
 * actions of routes marked `accounts` in shared/routes.ts), cognito-local in the twin (COGNITO_ENDPOINT).
 *
 * cognito-local 5.3 supports every call made here except AdminUserGlobalSignOut (it answers
 * `CognitoLocal#Unsupported`), and its InitiateAuth does not check AdminDisableUser's flag: locally a
 * disabled user can still get tokens, so the API's directory check (functions/core/http/staff-status.ts)
 * is what refuses them, there as in the cloud.
 */
export class CognitoUserPool implements UserPoolPort {
  constructor(
    private readonly client: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  async find(username: string): Promise<PoolAccount | undefined> {
    try {
      const out = await this.client.send(new AdminGetUserCommand({ UserPoolId: this.userPoolId, Username: username }));
      const groups = await this.client.send(new AdminListGroupsForUserCommand({ UserPoolId: this.userPoolId, Username: username }));
      return account(out.Username ?? username, out.UserAttributes, out.Enabled, out.UserStatus, groups.Groups?.map((g) => g.GroupName ?? '') ?? []);
    } catch (error) {
      if ((error as Error).name === 'UserNotFoundException') return undefined;
      throw error;
    }
  }

  async list(): Promise<PoolAccount[]> {
    const groupsOf = new Map<string, string[]>();
    for (const role of roles) {
      let token: string | undefined;
      do {
        const out = await this.client.send(new ListUsersInGroupCommand({ UserPoolId: this.userPoolId, GroupName: role, NextToken: token, Limit: 60 }));
        for (const u of out.Users ?? []) groupsOf.set(u.Username!, [...(groupsOf.get(u.Username!) ?? []), role]);
        token = out.NextToken;
      } while (token);
    }
    const all: PoolAccount[] = [];
    let token: string | undefined;
    do {
      const out = await this.client.send(new ListUsersCommand({ UserPoolId: this.userPoolId, PaginationToken: token, Limit: 60 }));
      for (const u of out.Users ?? []) all.push(account(u.Username!, u.Attributes, u.Enabled, u.UserStatus, groupsOf.get(u.Username!) ?? []));
      token = out.PaginationToken;
    } while (token);
    return all;
  }

  async create(a: NewPoolAccount): Promise<void> {
    await this.client.send(
      new AdminCreateUserCommand({
        UserPoolId: this.userPoolId,
        Username: a.username,
        TemporaryPassword: a.temporaryPassword,
        ...(a.invite ? { DesiredDeliveryMediums: ['EMAIL'] } : { MessageAction: 'SUPPRESS' }),
        UserAttributes: [
          { Name: 'name', Value: a.name },
          { Name: 'email', Value: a.email },
          // The administrator vouches for the address: the forgotten-password code goes to it.
          { Name: 'email_verified', Value: 'true' },
          ...(a.unitId ? [{ Name: unitAttribute, Value: a.unitId }] : []),
        ],
      }),
    );
    await this.client.send(new AdminAddUserToGroupCommand({ UserPoolId: this.userPoolId, Username: a.username, GroupName: a.role }));
  }

  async remove(username: string): Promise<void> {
    try {
      await this.client.send(new AdminDeleteUserCommand({ UserPoolId: this.userPoolId, Username: username }));
    } catch (error) {
      if ((error as Error).name !== 'UserNotFoundException') throw error;
    }
  }

  async updateAttributes(username: string, changes: { name?: string; email?: string; unitId?: string | null }): Promise<void> {
    const set: AttributeType[] = [
      ...(changes.name !== undefined ? [{ Name: 'name', Value: changes.name }] : []),
      ...(changes.email !== undefined ? [{ Name: 'email', Value: changes.email }, { Name: 'email_verified', Value: 'true' }] : []),
      ...(typeof changes.unitId === 'string' ? [{ Name: unitAttribute, Value: changes.unitId }] : []),
    ];
    if (set.length) await this.client.send(new AdminUpdateUserAttributesCommand({ UserPoolId: this.userPoolId, Username: username, UserAttributes: set }));
    if (changes.unitId === null) {
      await this.client.send(new AdminDeleteUserAttributesCommand({ UserPoolId: this.userPoolId, Username: username, UserAttributeNames: [unitAttribute] }));
    }
  }

  async setRole(username: string, role: Role): Promise<void> {
    const out = await this.client.send(new AdminListGroupsForUserCommand({ UserPoolId: this.userPoolId, Username: username }));
    // Added first, so the account is never without a role in between.
    await this.client.send(new AdminAddUserToGroupCommand({ UserPoolId: this.userPoolId, Username: username, GroupName: role }));
    for (const g of out.Groups ?? []) {
      if (g.GroupName && g.GroupName !== role && isRole(g.GroupName)) {
        await this.client.send(new AdminRemoveUserFromGroupCommand({ UserPoolId: this.userPoolId, Username: username, GroupName: g.GroupName }));
      }
    }
  }

  async disable(username: string): Promise<void> {
    await this.client.send(new AdminDisableUserCommand({ UserPoolId: this.userPoolId, Username: username }));
  }

  async enable(username: string): Promise<void> {
    await this.client.send(new AdminEnableUserCommand({ UserPoolId: this.userPoolId, Username: username }));
  }

  async setTemporaryPassword(username: string, password: string): Promise<void> {
    await this.client.send(new AdminSetUserPasswordCommand({ UserPoolId: this.userPoolId, Username: username, Password: password, Permanent: false }));
  }

  async setPermanentPassword(username: string, password: string): Promise<void> {
    await this.client.send(new AdminSetUserPasswordCommand({ UserPoolId: this.userPoolId, Username: username, Password: password, Permanent: true }));
  }

  async signOutEverywhere(username: string): Promise<boolean> {
    try {
      await this.client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: this.userPoolId, Username: username }));
      return true;
    } catch (error) {
      // cognito-local 5.3 only; in the cloud every other failure is a real one.
      if (/Unsupported/.test((error as Error).name) || /unsupported feature/i.test((error as Error).message)) {
        logger.warn('the user pool cannot sign users out everywhere (cognito-local); the directory check refuses their tokens', { username });
        return false;
      }
      throw error;
    }
  }
}

function account(username: string, attributes: AttributeType[] | undefined, enabled: boolean | undefined, status: string | undefined, groups: string[]): PoolAccount {
  const attr = (name: string) => attributes?.find((a) => a.Name === name)?.Value;
  const unitId = attr(unitAttribute);
  return {
    username,
    enabled: enabled ?? true,
    status: status ?? 'UNKNOWN',
    ...(attr('name') ? { name: attr('name') } : {}),
    ...(attr('email') ? { email: attr('email') } : {}),
    ...(unitId ? { unitId } : {}),
    groups: groups.filter(Boolean),
  };
}

/**
 * The pool of this deployment: USER_POOL_ID (set by CDK on the functions that manage accounts, and by the
 * twin), and locally COGNITO_ENDPOINT. Read when first asked, since the twin learns the pool id at start-up.
 */
export function userPoolFromEnv(): UserPoolPort {
  const userPoolId = process.env.USER_POOL_ID;
  if (!userPoolId) throw new Error('USER_POOL_ID is not set: this function was not granted the user pool (shared/routes.ts `accounts`).');
  const endpoint = process.env.COGNITO_ENDPOINT;
  const client = traceSdkCalls(new CognitoIdentityProviderClient({
    region: process.env.AWS_REGION ?? 'cn-north-1',
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  }));
  return new CognitoUserPool(client, userPoolId);
}
