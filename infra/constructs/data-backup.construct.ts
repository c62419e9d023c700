import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { ManagedPolicy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from './nag.acknowledge';

/** How long a daily backup is kept: a year, beyond the table's 35 days of point-in-time recovery. */
export const backupRetention = Duration.days(365);

export interface DataBackupProps {
  readonly table: ITable;
  readonly attachmentsBucket: IBucket;
}

/**
 * AWS Backup of what cannot be rebuilt: the table and the attachments bucket, daily, kept a year, in a
 * vault nobody can empty early — its access policy denies deleting recovery points, and a vault lock
 * (governance mode) refuses retention shorter than a year. The user pool has no AWS Backup support; its
 * directory is exported weekly by the `export-user-directory` job instead (docs/operations.md).
 */
export class DataBackup extends Construct {
  readonly vault: BackupVault;
  readonly plan: BackupPlan;

  constructor(scope: Construct, id: string, props: DataBackupProps) {
    super(scope, id);

    this.vault = new BackupVault(this, 'Vault', {
      blockRecoveryPointDeletion: true,
      // Governance mode (no changeableFor): an account administrator can still lift the lock deliberately;
      // compliance mode would make it permanent after a grace period (docs/operations.md "Backups").
      lockConfiguration: { minRetention: backupRetention },
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.plan = new BackupPlan(this, 'Plan', { backupVault: this.vault });
    this.plan.addRule(
      new BackupPlanRule({
        ruleName: 'Daily',
        // 03:00 Asia/Shanghai, after the nightly tier recalculation (02:00).
        scheduleExpression: Schedule.cron({ minute: '0', hour: '19' }),
        startWindow: Duration.hours(1),
        completionWindow: Duration.hours(8),
        deleteAfter: backupRetention,
      }),
    );

    const policies = [
      'AWSBackupServiceRolePolicyForBackup',
      'AWSBackupServiceRolePolicyForRestores',
      'AWSBackupServiceRolePolicyForS3Backup',
      'AWSBackupServiceRolePolicyForS3Restore',
    ];
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('backup.amazonaws.com'),
      managedPolicies: policies.map((name) => ManagedPolicy.fromAwsManagedPolicyName(`service-role/${name}`)),
    });
    for (const name of policies) {
      acknowledge(
        role,
        `AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/${name}]`,
        "AWS Backup's own service-role policy for DynamoDB and S3 backup and restore, kept current by AWS as the service changes.",
      );
    }
    this.plan.addSelection('TableAndAttachments', {
      resources: [BackupResource.fromDynamoDbTable(props.table), BackupResource.fromArn(props.attachmentsBucket.bucketArn)],
      role,
    });
  }
}
