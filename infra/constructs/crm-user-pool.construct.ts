import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StringAttribute,
  UserPool,
  UserPoolGroup,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { passwordPolicy } from '#shared/password-policy';
import { roleLabels, roles } from '#shared/roles';
import { acknowledge } from './nag.acknowledge';

/**
 * Staff sign-in: one Cognito group per role of shared/roles.ts (the JWT's `cognito:groups` is the
 * role) and `custom:unitId` for business-unit users, which only an administrator may set.
 */
export class CrmUserPool extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      signInCaseSensitive: false,
      standardAttributes: { fullname: { required: true, mutable: true } },
      customAttributes: {
        // Mutable so an administrator can move a user between units; the client below cannot write it.
        unitId: new StringAttribute({ mutable: true, minLen: 1, maxLen: 64 }),
      },
      // The rules of shared/password-policy.ts, which the SPA's forms show and check.
      passwordPolicy: {
        minLength: passwordPolicy.minLength,
        requireLowercase: passwordPolicy.requireLowercase,
        requireUppercase: passwordPolicy.requireUppercase,
        requireDigits: passwordPolicy.requireDigits,
        requireSymbols: passwordPolicy.requireSymbols,
        tempPasswordValidity: Duration.days(passwordPolicy.temporaryPasswordValidityDays),
      },
      // Cognito cannot require MFA of one group: every user may turn TOTP on, and the API refuses an admin
      // without it on admin routes and changes (shared/admin-mfa.ts). No SMS: no phone numbers, no SMS costs.
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: FeaturePlan.ESSENTIALS,
      // 忘记密码: the code goes to the account's e-mail, which an administrator enters and marks verified.
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    roles.forEach((role, precedence) => {
      new UserPoolGroup(this, `Group-${role}`, {
        userPool: this.userPool,
        groupName: role,
        description: `${roleLabels[role].zh} ${roleLabels[role].en}`,
        // Lower wins in Cognito; shared/roles.ts lists roles in the order the app resolves them.
        precedence,
      });
    });

    this.client = this.userPool.addClient('WebClient', {
      generateSecret: false,
      // SRP only: the password never leaves the browser. USER_PASSWORD_AUTH is for cognito-local, which has no
      // SRP; the SPA picks the flow from config.json's authFlowType (USER_SRP_AUTH here, infra/stacks/web.stack.ts).
      authFlows: { userSrp: true },
      // The SPA signs in through the Cognito API (Amplify); no hosted UI, so no OAuth flows or callbacks.
      disableOAuth: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ fullname: true })
        .withCustomAttributes('unitId'),
      // Users write nothing that matters: `name` is what the access log and every page show of them and
      // `custom:unitId` decides their data scope, so only an administrator sets either. An absent or empty
      // list would mean "every writable attribute" to Cognito, hence one harmless, unused one.
      writeAttributes: new ClientAttributes().withStandardAttributes({ locale: true }),
    });

    acknowledge(
      this.userPool,
      'AwsSolutions-COG2',
      'MFA is optional pool-wide because Cognito cannot require it of the admin group only; TOTP is on offer to everyone and the API refuses admins without it (shared/admin-mfa.ts, docs/operations.md).',
    );
    acknowledge(
      this.userPool,
      'AwsSolutions-COG8',
      'The Plus plan (threat protection) costs extra per active user; Essentials is the agreed plan and can be raised later.',
    );
  }
}
