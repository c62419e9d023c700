import { Duration, Stack, TimeZone } from 'aws-cdk-lib';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ScheduleDefinition } from '#shared/schedules';
import { CrmFunction } from './crm-function.construct';
import { acknowledge, wildcardResourceFinding } from './nag.acknowledge';

export interface ScheduledJobProps {
  /** The key of the schedule table, passed to the handler as `detail.job`. */
  readonly name: string;
  readonly definition: ScheduleDefinition;
  /** IANA zone the cron is read in (shared/schedules.ts: Asia/Shanghai). */
  readonly timeZone: string;
  readonly table: ITable;
  /** Where a run goes when Scheduler cannot deliver it or the function keeps failing. */
  readonly failures: IQueue;
  /** The attachments bucket, for jobs with `storage`. */
  readonly bucket?: IBucket;
  /** The user pool, for jobs with `userPool: 'read'`. */
  readonly userPool?: IUserPool;
}

/** One job of the schedule table: its own function, run by EventBridge Scheduler. */
export class ScheduledJob extends Construct {
  readonly function: CrmFunction;
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: ScheduledJobProps) {
    super(scope, id);

    this.function = new CrmFunction(this, 'Handler', {
      handler: props.definition.handler,
      table: props.table,
      // Jobs recalculate and write (tiers, reminders, drafts); they run outside any request.
      access: 'read-write',
      timeout: Duration.minutes(15),
      description: `job ${props.name}: ${props.definition.description}`.slice(0, 256),
      // Its `job finished` lines (the dashboard's runs), and `job watched` lines, which only `watch-jobs`
      // writes: counted on every job's log group so that no job is special here (JobDidNotFinish alarms).
      countLines: ['jobsFinished', 'jobsOverdue'],
      ...(props.definition.storage && props.bucket ? { storage: { bucket: props.bucket, access: props.definition.storage } } : {}),
      ...(props.definition.userPool && props.userPool ? { environment: { USER_POOL_ID: props.userPool.userPoolId } } : {}),
    });
    if (props.definition.userPool && props.userPool) {
      // Read-only: the directory export lists; it never changes a user.
      props.userPool.grant(this.function.function, 'cognito-idp:ListUsers', 'cognito-idp:ListGroups', 'cognito-idp:ListUsersInGroup');
    }
    // Scheduler invokes asynchronously, so a failing run is retried by Lambda and then parked.
    this.function.function.configureAsyncInvoke({
      retryAttempts: 2,
      onFailure: new SqsDestination(props.failures),
    });

    // Our own role (instead of the stack-wide one LambdaInvoke would make) so the finding below is ours.
    const schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com').withConditions({
        StringEquals: { 'aws:SourceAccount': Stack.of(this).account },
      }),
    });
    const fn = this.function.function;
    acknowledge(
      schedulerRole,
      wildcardResourceFinding(schedulerRole, fn, fn.functionArn, ':*'),
      "LambdaInvoke allows this one function's versions and aliases (<arn>:*), nothing else.",
    );

    this.schedule = new Schedule(this, 'Schedule', {
      description: props.definition.description.slice(0, 512),
      schedule: ScheduleExpression.expression(`cron(${props.definition.cron})`, TimeZone.of(props.timeZone)),
      target: new LambdaInvoke(fn, {
        role: schedulerRole,
        // The shape of an EventBridge "Scheduled Event", as infra/local/jobs.ts hands it to the handler.
        input: ScheduleTargetInput.fromObject({
          version: '0',
          id: ContextAttribute.executionId,
          'detail-type': 'Scheduled Event',
          source: 'aws.scheduler',
          account: Stack.of(this).account,
          time: ContextAttribute.scheduledTime,
          region: Stack.of(this).region,
          resources: [ContextAttribute.scheduleArn],
          detail: { job: props.name },
        }),
        deadLetterQueue: props.failures,
        retryAttempts: 3,
        maxEventAge: Duration.hours(1),
      }),
    });
  }
}
