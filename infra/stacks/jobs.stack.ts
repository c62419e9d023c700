import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { scheduleTimezone, schedules as sharedSchedules, type ScheduleDefinition } from '#shared/schedules';
import { acknowledge } from '../constructs/nag.acknowledge';
import { pascalId } from '../constructs/repo.paths';
import { ScheduledJob } from '../constructs/scheduled-job.construct';

export interface JobsStackProps extends StackProps {
  readonly table: ITable;
  /** The schedule table; tests pass a sample entry while the shared one is still empty. */
  readonly schedules?: Readonly<Record<string, ScheduleDefinition>>;
  readonly timeZone?: string;
}

/** Background jobs: one function and one EventBridge Scheduler schedule per schedule-table entry. */
export class JobsStack extends Stack {
  readonly jobs: Record<string, ScheduledJob> = {};

  constructor(scope: Construct, id: string, props: JobsStackProps) {
    super(scope, id, props);

    const entries = Object.entries(props.schedules ?? sharedSchedules);
    if (entries.length === 0) return;

    const failures = new Queue(this, 'JobFailures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
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
      });
    }
  }
}
