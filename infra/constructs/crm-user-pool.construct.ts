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
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.OFF,
      featurePlan: FeaturePlan.ESSENTIALS,
      // Users have no verified email by default; an administrator resets passwords.
      accountRecovery: AccountRecovery.NONE,
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
      'MFA is not required by the client; the SPA signs in with SRP and TOTP can be switched on later.',
    );
    acknowledge(
      this.userPool,
      'AwsSolutions-COG8',
      'The Plus plan (threat protection) costs extra per active user; Essentials is the agreed plan and can be raised later.',
    );
  }
}
