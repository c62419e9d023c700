import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { onDemandJobs as sharedOnDemandJobs, type OnDemandJobDefinition } from '#shared/on-demand-jobs';
import { scheduleTimezone, schedules as sharedSchedules, type ScheduleDefinition } from '#shared/schedules';
import { allowMailSending, type MailSettings } from '../constructs/mail-sending';
import { acknowledge } from '../constructs/nag.acknowledge';
import { OnDemandJob } from '../constructs/on-demand-job.construct';
import { pascalId } from '../constructs/repo.paths';
import { ScheduledJob } from '../constructs/scheduled-job.construct';

export interface JobsStackProps extends StackProps {
  readonly table: ITable;
  /** The schedule table; tests pass a sample entry while the shared one is still empty. */
  readonly schedules?: Readonly<Record<string, ScheduleDefinition>>;
  /** The on-demand job table; tests pass their own. */
  readonly onDemandJobs?: Readonly<Record<string, OnDemandJobDefinition>>;
  readonly timeZone?: string;
  /** The configured email sender; jobs with `mail: 'send'` may send as it. Absent: they have no mail transport. */
  readonly mail?: MailSettings;
  /** For jobs with `storage` (the attachments bucket) and `userPool` (read-only). */
  readonly attachmentsBucket?: IBucket;
  readonly userPool?: IUserPool;
}

/**
 * Background jobs: one function and one EventBridge Scheduler schedule per schedule-table entry, and one
 * function per on-demand job, which nothing runs but an operator (shared/on-demand-jobs.ts).
 */
export class JobsStack extends Stack {
  readonly jobs: Record<string, ScheduledJob> = {};
  readonly onDemand: Record<string, OnDemandJob> = {};
  /** Runs Scheduler could not deliver, or that failed after Lambda's retries; absent without schedules. */
  readonly failures?: Queue;

  constructor(scope: Construct, id: string, props: JobsStackProps) {
    super(scope, id, props);

    for (const [name, definition] of Object.entries(props.onDemandJobs ?? sharedOnDemandJobs)) {
      this.onDemand[name] = new OnDemandJob(this, `${pascalId(name)}OnDemand`, { name, definition, table: props.table });
    }

    const entries = Object.entries(props.schedules ?? sharedSchedules);
    if (entries.length === 0) return;

    const failures = (this.failures = new Queue(this, 'JobFailures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    }));
    acknowledge(
      failures,
      'AwsSolutions-SQS3',
      'This queue is itself the dead-letter queue of the schedules and the job functions.',
    );

    for (const [name, definition] of entries) {
      this.jobs[name] = new ScheduledJob(this, pascalId(name), {
        name,
        definition,
        timeZone: props.timeZone ?? scheduleTimezone,
        table: props.table,
        failures,
        bucket: props.attachmentsBucket,
        userPool: props.userPool,
      });
      if (definition.mail === 'send' && props.mail) allowMailSending(this.jobs[name]!.function, props.mail);
    }
  }
}
