import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import { HttpMethods, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import { table as tableDefinition } from '#shared/table';
import { CrmUserPool } from '../constructs/crm-user-pool.construct';
import { DataBackup } from '../constructs/data-backup.construct';
import { acknowledge } from '../constructs/nag.acknowledge';
import { SecureBucket } from '../constructs/secure-bucket.construct';

/**
 * Everything that holds state: the table, the user pool, attachments and the webhook secret.
 * Kept apart from the stateless stacks so those can be replaced freely; everything here is retained.
 */
export interface DataStackProps extends StackProps {
  /**
   * Origins whose pages may PUT and GET attachments with presigned URLs: the SPA's custom domain when it
   * has one, else any. The presigned URL is the permission; CORS only lets a browser page read the
   * answer, and naming the generated CloudFront domain here would make Data depend on Web.
   */
  readonly corsOrigins?: string[];
  /**
   * A table that already exists (a restored copy, `-c tableName=…`): the stack uses it instead of making one,
   * for the restore rehearsal's throwaway copy of the system. Its keys and indexes are the restored table's,
   * which a restore keeps; it is not this stack's to back up or retain.
   */
  readonly existingTableName?: string;
}

export class DataStack extends Stack {
  readonly table: ITable;
  readonly userPool: UserPool;
  readonly userPoolClient: UserPoolClient;
  readonly attachmentsBucket: SecureBucket;
  readonly webhookSecret: Secret;
  readonly noticeApps: Secret;
  /** Absent in a rehearsal copy (an existing table): a throwaway copy keeps no year-long vault. */
  readonly backup?: DataBackup;

  constructor(scope: Construct, id: string, props: DataStackProps = {}) {
    super(scope, id, props);

    this.table = props.existingTableName
      ? Table.fromTableAttributes(this, 'Table', { tableName: props.existingTableName, globalIndexes: tableDefinition.indexes.map((index) => index.name) })
      : this.newTable();

    const auth = new CrmUserPool(this, 'Auth');
    this.userPool = auth.userPool;
    this.userPoolClient = auth.client;

    const accessLogs = new SecureBucket(this, 'AccessLogs', {
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
    });

    this.attachmentsBucket = new SecureBucket(this, 'Attachments', {
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'attachments/',
      lifecycleRules: [
        { abortIncompleteMultipartUploadAfter: Duration.days(7) },
        // Uploaded import files and their chunks are working files of an import job, not archive records.
        { prefix: 'imports/', expiration: Duration.days(30), noncurrentVersionExpiration: Duration.days(1) },
        // Built exports and reports (functions/core/http/download-link.ts): copies fetched within minutes.
        { prefix: 'downloads/', expiration: Duration.days(1), noncurrentVersionExpiration: Duration.days(1) },
      ],
      cors: [
        {
          allowedOrigins: props.corsOrigins ?? ['*'],
          allowedMethods: [HttpMethods.PUT, HttpMethods.GET, HttpMethods.HEAD],
          allowedHeaders: ['content-type'],
          exposedHeaders: ['ETag', 'Content-Disposition'],
          maxAge: 3000,
        },
      ],
    });

    if (!props.existingTableName) this.backup = new DataBackup(this, 'Backup', { table: this.table, attachmentsBucket: this.attachmentsBucket });

    this.webhookSecret = new Secret(this, 'OrderWebhookSecret', {
      description:
        'Standard Webhooks signing secret shared with the order system; give it as whsec_<value> (docs/operations.md).',
      // 44 base64-alphabet characters decode to a 33-byte key; standardwebhooks accepts it with or
      // without the whsec_ prefix, so the generated value is usable as it is.
      generateSecretString: { passwordLength: 44, excludePunctuation: true, includeSpace: false },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.webhookSecret,
      'AwsSolutions-SMG4',
      'The secret is shared with the external order system, so it is rotated by hand in step with it.',
    );

    // The company's WeCom / DingTalk apps and units' group robots, as JSON (functions/core/channels/company-apps.ts);
    // `{}` until an operator fills it in (docs/operations.md): then notices go to robots the people set only.
    this.noticeApps = new Secret(this, 'NoticeAppsSecret', {
      description: 'WeCom / DingTalk app credentials and unit robots for notices, JSON (docs/operations.md "Notices on WeCom and DingTalk").',
      generateSecretString: { secretStringTemplate: '{}', generateStringKey: 'placeholder', excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.noticeApps,
      'AwsSolutions-SMG4',
      'The app secrets are issued by WeCom and DingTalk and rotated in their consoles; an operator updates the JSON by hand.',
    );

    // For operators (docs/operations.md), not for other stacks: those take the properties above.
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'AttachmentsBucketName', { value: this.attachmentsBucket.bucketName });
    new CfnOutput(this, 'WebhookSecretArn', { value: this.webhookSecret.secretArn });
    new CfnOutput(this, 'NoticeAppsSecretArn', { value: this.noticeApps.secretArn });
    if (this.backup) new CfnOutput(this, 'BackupVaultName', { value: this.backup.vault.backupVaultName });
  }

  private newTable(): Table {
    const table = new Table(this, 'Table', {
      partitionKey: { name: tableDefinition.partitionKey, type: AttributeType.STRING },
      sortKey: { name: tableDefinition.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of tableDefinition.indexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }
    return table;
  }
}
