import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { RouteDefinition } from '#shared/routes';
import type { CrmFunction } from './crm-function.construct';

/** What reading accounts takes (GET /users, GET /users/{username}). */
const readActions = ['cognito-idp:AdminGetUser', 'cognito-idp:AdminListGroupsForUser', 'cognito-idp:ListUsers', 'cognito-idp:ListUsersInGroup'];

/** What managing them adds (functions/core/accounts/cognito-user-pool.ts makes these calls and no others). */
const manageActions = [
  ...readActions,
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminDeleteUser',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminDeleteUserAttributes',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminSetUserPassword',
  'cognito-idp:AdminUserGlobalSignOut',
];

export const userPoolActions = { read: readActions, manage: manageActions } as const;

/** Gives a route's function the user pool it is marked for (`accounts` in shared/routes.ts): USER_POOL_ID and those actions on that pool only. */
export function allowUserPoolAccess(fn: CrmFunction, userPool: IUserPool, access: NonNullable<RouteDefinition['accounts']>): void {
  fn.function.addEnvironment('USER_POOL_ID', userPool.userPoolId);
  fn.function.addToRolePolicy(
    new PolicyStatement({
      sid: access === 'manage' ? 'ManageStaffAccounts' : 'ReadStaffAccounts',
      actions: [...userPoolActions[access]],
      resources: [userPool.userPoolArn],
    }),
  );
}
