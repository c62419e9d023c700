import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { passwordPolicy } from '#shared/password-policy';
import { roles } from '#shared/roles';
import { table } from '#shared/table';
import { addCrmStacks, crmContext } from '../../infra/stacks/crm.stacks';

type Resources = Record<string, { Properties: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string }>;

describe('the data stack', () => {
  let template: Template;
  beforeAll(() => {
    const app = new App({
      context: { ...crmContext, 'aws:cdk:bundling-stacks': [] },
      builtinCloudFormationValidation: false,
    });
    // Routes and jobs do not touch this stack; leaving them out keeps these tests about data only.
    template = Template.fromStack(addCrmStacks(app, { routes: {}, schedules: {} }).data);
  });

  describe('table', () => {
    it('is the one table of shared/table.ts, on demand and encrypted', () => {
      template.resourceCountIs('AWS::DynamoDB::Table', 1);
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: table.partitionKey, KeyType: 'HASH' },
          { AttributeName: table.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: table.indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
        SSESpecification: { SSEEnabled: true },
      });
    });

    it('survives mistakes: point-in-time recovery, deletion protection, retained on stack deletion', () => {
      template.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: Match.objectLike({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
        }),
      });
    });
  });

  describe('user pool', () => {
    it('has one group per role of shared/roles.ts, and no other', () => {
      const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup') as Resources);
      expect(groups.map((g) => g.Properties.GroupName).sort()).toEqual([...roles].sort());
    });

    it('lets nobody sign themselves up and asks for strong passwords', () => {
      template.hasResourceProperties('AWS::Cognito::UserPool', {
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        Policies: {
          PasswordPolicy: Match.objectLike({
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          }),
        },
        Schema: Match.arrayWith([
          Match.objectLike({ Name: 'name', Required: true }),
          Match.objectLike({ Name: 'unitId', AttributeDataType: 'String', Mutable: true }),
        ]),
        DeletionProtection: 'ACTIVE',
      });
      const pool = Object.values(template.findResources('AWS::Cognito::UserPool') as Resources)[0]!;
      expect(pool.Properties.Policies.PasswordPolicy.MinimumLength).toBeGreaterThanOrEqual(12);
      expect(pool.DeletionPolicy).toBe('Retain');
    });

    it('offers TOTP as the only second factor, optional pool-wide, and recovers passwords by e-mail', () => {
      template.hasResourceProperties('AWS::Cognito::UserPool', {
        MfaConfiguration: 'OPTIONAL',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
      });
    });

    it('asks for exactly the password rules the forms show (shared/password-policy.ts)', () => {
      const pool = Object.values(template.findResources('AWS::Cognito::UserPool') as Resources)[0]!;
      expect(pool.Properties.Policies.PasswordPolicy).toEqual({
        MinimumLength: passwordPolicy.minLength,
        RequireLowercase: passwordPolicy.requireLowercase,
        RequireUppercase: passwordPolicy.requireUppercase,
        RequireNumbers: passwordPolicy.requireDigits,
        RequireSymbols: passwordPolicy.requireSymbols,
        TemporaryPasswordValidityDays: passwordPolicy.temporaryPasswordValidityDays,
      });
    });

    it('has an app client that reads name and custom:unitId but lets users write neither, and signs in with SRP only', () => {
      const clients = Object.values(template.findResources('AWS::Cognito::UserPoolClient') as Resources);
      expect(clients).toHaveLength(1);
      const client = clients[0]!.Properties;
      expect(client.ReadAttributes).toContain('custom:unitId');
      // An absent or empty list would mean "every writable attribute" to Cognito.
      expect(Array.isArray(client.WriteAttributes) && client.WriteAttributes.length > 0).toBe(true);
      expect(client.WriteAttributes).not.toContain('custom:unitId');
      expect(client.WriteAttributes).not.toContain('name');
      expect(client.ExplicitAuthFlows.sort()).toEqual(['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH']);
      expect(client).toMatchObject({
        GenerateSecret: false,
        IdTokenValidity: 60,
        TokenValidityUnits: expect.objectContaining({ IdToken: 'minutes' }),
      });
    });
  });

  it('backs up the table and the attachments bucket daily, kept a year, in a locked vault nobody can empty', () => {
    template.hasResourceProperties('AWS::Backup::BackupVault', {
      LockConfiguration: { MinRetentionDays: 365 },
      AccessPolicy: { Statement: [Match.objectLike({ Effect: 'Deny', Action: Match.arrayWith(['backup:DeleteRecoveryPoint']) })] },
    });
    template.hasResource('AWS::Backup::BackupVault', { DeletionPolicy: 'Retain' });
    template.hasResourceProperties('AWS::Backup::BackupPlan', {
      BackupPlan: { BackupPlanRule: [Match.objectLike({ ScheduleExpression: 'cron(0 19 * * ? *)', Lifecycle: { DeleteAfterDays: 365 } })] },
    });
    const selection = Object.values(template.findResources('AWS::Backup::BackupSelection') as Resources)[0]!.Properties.BackupSelection;
    const resources = JSON.stringify(selection.Resources);
    const tableId = Object.keys(template.findResources('AWS::DynamoDB::Table'))[0]!;
    const bucketIds = Object.keys(template.findResources('AWS::S3::Bucket')).filter((id) => id.startsWith('Attachments'));
    expect(resources).toContain(tableId);
    expect(bucketIds).toHaveLength(1);
    expect(resources).toContain(bucketIds[0]);
  });

  it('keeps attachments private, versioned, TLS-only and logged', () => {
    const buckets = template.findResources('AWS::S3::Bucket', {
      Properties: { VersioningConfiguration: { Status: 'Enabled' } },
    }) as Resources;
    const [attachmentsId, attachments] = Object.entries(buckets)[0]!;
    expect(Object.keys(buckets)).toHaveLength(1);
    expect(attachments.DeletionPolicy).toBe('Retain');
    expect(attachments.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LoggingConfiguration: { DestinationBucketName: expect.anything() },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: attachmentsId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('lets browsers PUT and GET attachments with presigned URLs, and expires import working files only', () => {
    const buckets = template.findResources('AWS::S3::Bucket', { Properties: { VersioningConfiguration: { Status: 'Enabled' } } }) as Resources;
    const attachments = Object.values(buckets)[0]!.Properties;
    expect(attachments.CorsConfiguration.CorsRules).toEqual([
      expect.objectContaining({ AllowedMethods: ['PUT', 'GET', 'HEAD'], AllowedOrigins: ['*'], AllowedHeaders: ['content-type'] }),
    ]);
    const expiring = (attachments.LifecycleConfiguration.Rules as { Prefix?: string; ExpirationInDays?: number }[]).filter((r) => r.ExpirationInDays);
    expect(expiring).toEqual([expect.objectContaining({ Prefix: 'imports/', ExpirationInDays: 30 })]);
  });

  it('generates the order webhook signing secret and keeps it', () => {
    template.hasResource('AWS::SecretsManager::Secret', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ GenerateSecretString: Match.objectLike({ ExcludePunctuation: true }) }),
    });
  });
});
