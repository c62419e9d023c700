import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  ListGroupsCommand,
  ListUsersCommand,
  ListUsersInGroupCommand,
  type AttributeType,
} from '@aws-sdk/client-cognito-identity-provider';

/**
 * A copy of the user pool's directory: enough to rebuild a lost pool (AWS Backup does not cover Cognito).
 * Passwords and MFA secrets cannot be read out of Cognito and are not here: after a rebuild an
 * administrator sets each password (docs/operations.md "Rebuilding the user pool").
 */
export interface UserDirectorySnapshot {
  format: 'crm-user-directory/1';
  exportedAt: string;
  userPoolId: string;
  groups: { name: string; description?: string; precedence?: number }[];
  users: { username: string; enabled: boolean; status?: string; attributes: Record<string, string>; groups: string[] }[];
}

/** Attributes Cognito owns; a rebuild cannot (and need not) set them. */
const systemAttributes = new Set(['sub', 'email_verified', 'phone_number_verified', 'identities']);

const attributesOf = (list: AttributeType[] | undefined) =>
  Object.fromEntries((list ?? []).filter((a) => a.Name && a.Value !== undefined && !systemAttributes.has(a.Name)).map((a) => [a.Name!, a.Value!]));

/** Reads every group, user (with attributes and enabled state) and membership of the pool. */
export async function exportUserDirectory(cognito: CognitoIdentityProviderClient, userPoolId: string, now = new Date()): Promise<UserDirectorySnapshot> {
  const groups: UserDirectorySnapshot['groups'] = [];
  let groupToken: string | undefined;
  do {
    const page = await cognito.send(new ListGroupsCommand({ UserPoolId: userPoolId, Limit: 60, NextToken: groupToken }));
    for (const g of page.Groups ?? []) groups.push({ name: g.GroupName!, ...(g.Description ? { description: g.Description } : {}), ...(g.Precedence !== undefined ? { precedence: g.Precedence } : {}) });
    groupToken = page.NextToken;
  } while (groupToken);

  const users = new Map<string, UserDirectorySnapshot['users'][number]>();
  let userToken: string | undefined;
  do {
    const page = await cognito.send(new ListUsersCommand({ UserPoolId: userPoolId, Limit: 60, PaginationToken: userToken }));
    for (const u of page.Users ?? []) {
      users.set(u.Username!, { username: u.Username!, enabled: u.Enabled !== false, ...(u.UserStatus ? { status: u.UserStatus } : {}), attributes: attributesOf(u.Attributes), groups: [] });
    }
    userToken = page.PaginationToken;
  } while (userToken);

  for (const group of groups) {
    let token: string | undefined;
    do {
      const page = await cognito.send(new ListUsersInGroupCommand({ UserPoolId: userPoolId, GroupName: group.name, Limit: 60, NextToken: token }));
      for (const u of page.Users ?? []) users.get(u.Username!)?.groups.push(group.name);
      token = page.NextToken;
    } while (token);
  }
  return { format: 'crm-user-directory/1', exportedAt: now.toISOString(), userPoolId, groups, users: [...users.values()] };
}

/**
 * Recreates a snapshot's groups, users (attributes, disabled state) and memberships in a new, empty pool.
 * Users get no password (Cognito makes an unusable temporary one; no invitation is sent). Safe to rerun:
 * what exists already is left as it is. Returns what it created.
 */
export async function rebuildUserDirectory(cognito: CognitoIdentityProviderClient, userPoolId: string, snapshot: UserDirectorySnapshot) {
  if (snapshot.format !== 'crm-user-directory/1') throw new Error(`Not a user directory snapshot: ${String(snapshot.format)}`);
  const created = { groups: 0, users: 0, memberships: 0 };
  for (const group of snapshot.groups) {
    try {
      await cognito.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: group.name, Description: group.description, Precedence: group.precedence }));
      created.groups++;
    } catch (error) {
      if ((error as Error).name !== 'GroupExistsException') throw error;
    }
  }
  for (const user of snapshot.users) {
    try {
      await cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: userPoolId,
          Username: user.username,
          MessageAction: 'SUPPRESS',
          UserAttributes: Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value })),
        }),
      );
      created.users++;
      if (!user.enabled) await cognito.send(new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: user.username }));
    } catch (error) {
      if ((error as Error).name !== 'UsernameExistsException') throw error;
    }
    for (const group of user.groups) {
      await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: user.username, GroupName: group }));
      created.memberships++;
    }
  }
  return created;
}
