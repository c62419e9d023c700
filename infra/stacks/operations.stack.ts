import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { lineMetric } from '../constructs/operations-metrics';
import { pascalId } from '../constructs/repo.paths';

export interface OperationsStackProps extends StackProps {
  readonly api: IHttpApi;
  /** Addresses that get every alarm (`-c alarmEmail=a@example.cn,b@example.cn`); each confirms by a link SNS mails. */
  readonly alarmEmails: readonly string[];
  /** The order webhook's functions (dashboard). */
  readonly webhookFunctions: readonly IFunction[];
  /** Scheduled jobs by name, with their function. */
  readonly jobs: Readonly<Record<string, { readonly fn: IFunction }>>;
  /** Work queues by name (dashboard). */
  readonly queues: Readonly<Record<string, IQueue>>;
  /** Dead-letter queues by name: any message in one raises an alarm. */
  readonly deadLetterQueues: Readonly<Record<string, IQueue>>;
}

/**
 * Seeing trouble: one SNS topic for operations, the alarms on it (docs/operations.md "Alarms" has a
 * runbook entry for each, under the alarm's name) and the `Crm-Operations` dashboard. Deployed last: it
 * only reads the other stacks' metrics.
 */
export class OperationsStack extends Stack {
  readonly topic: Topic;
  /** By alarm name (the id under which docs/operations.md explains it). */
  readonly alarms: Record<string, Alarm> = {};
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OperationsStackProps) {
    super(scope, id, props);

    // A key of our own: CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key.
    const key = new Key(this, 'TopicKey', { enableKeyRotation: true, description: 'Encrypts the CRM operations alarm topic' });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'OpsTopic', { displayName: 'CRM operations 客户管理系统运维告警', masterKey: key, enforceSSL: true });
    for (const email of props.alarmEmails) this.topic.addSubscription(new EmailSubscription(email));
    const action = new SnsAction(this.topic);

    const alarm = (name: string, description: string, metric: IMetric, options: { threshold?: number; breachWhenMissing?: boolean; periods?: number } = {}) => {
      const created = new Alarm(this, name, {
        alarmName: `Crm-${name}`,
        alarmDescription: `${description} Runbook: docs/operations.md, alarm ${name}.`,
        metric,
        threshold: options.threshold ?? 1,
        evaluationPeriods: options.periods ?? 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: options.breachWhenMissing ? TreatMissingData.BREACHING : TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms[name] = created;
      return created;
    };
    const fiveMinutes = Duration.minutes(5);

    // The API: any 5xx is a defect (no request of any shape may get one).
    alarm('Api5xx', 'The HTTP API answered 5xx (API Gateway metric).', props.api.metricServerError({ period: fiveMinutes, statistic: 'Sum' }));
    alarm('HandlerErrors', 'A function wrote an ERROR line: a route answered 500, or a job failed (metric filter on every function log group).', lineMetric('handlerErrors'));
    alarm('LambdaErrors', 'A Lambda invocation in this account and region failed (crashed, timed out, or a job threw).', regionLambda('Errors', fiveMinutes));
    alarm('LambdaThrottles', 'Lambda throttled invocations in this account and region (concurrency exhausted).', regionLambda('Throttles', fiveMinutes));
    alarm('WebhookSignatureFailures', 'At least 5 order-webhook deliveries in 5 minutes were refused for their signature.', lineMetric('webhookSignatureFailures'), { threshold: 5 });
    alarm('UnmatchedOrderEvents', 'At least 10 order events in a day named a customer nobody could find; Sales should match them.', lineMetric('unmatchedOrderEvents', Duration.days(1)), { threshold: 10 });

    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      alarm(`DeadLetters${pascalId(name)}`, `A message is waiting in the dead-letter queue ${name}.`, queue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' }));
    }
    for (const [name, job] of Object.entries(props.jobs)) {
      alarm(`JobFailed${pascalId(name)}`, `A run of the job ${name} failed or timed out (Lambda Errors of its function; Lambda retries twice).`, job.fn.metricErrors({ period: Duration.hours(1), statistic: 'Sum' }));
      // watch-jobs says a due run did not finish (2 hours after its time), two hours running; no word from
      // watch-jobs at all (missing data) breaches too, so a stopped watcher cannot hide a stopped job.
      alarm(`JobDidNotFinish${pascalId(name)}`, `A scheduled run of the job ${name} did not finish within 2 hours of its time (or watch-jobs is silent).`, lineMetric('jobsOverdue', Duration.hours(1), { Job: name }, 'Maximum'), {
        breachWhenMissing: true,
        periods: 2,
      });
    }

    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: 'Crm-Operations', defaultInterval: Duration.days(1) });
    const graph = (title: string, left: IMetric[], width = 8) => new GraphWidget({ title, left, width, height: 6 });
    const api = props.api;
    this.dashboard.addWidgets(new TextWidget({ markdown: '## API · 接口  (runbook: docs/operations.md "Reading the dashboard")', width: 24, height: 1 }));
    this.dashboard.addWidgets(
      graph('Requests, 4xx, 5xx', [api.metricCount({ period: fiveMinutes }), api.metricClientError({ period: fiveMinutes }), api.metricServerError({ period: fiveMinutes })]),
      graph('Latency p50 / p99 (ms)', [api.metricLatency({ statistic: 'p50', period: fiveMinutes }), api.metricLatency({ statistic: 'p99', period: fiveMinutes })]),
      graph('ERROR lines, Lambda errors, throttles', [lineMetric('handlerErrors'), regionLambda('Errors', fiveMinutes), regionLambda('Throttles', fiveMinutes)]),
    );
    this.dashboard.addWidgets(new TextWidget({ markdown: '## Order webhook · 订单回调', width: 24, height: 1 }));
    this.dashboard.addWidgets(
      graph('Deliveries and errors', props.webhookFunctions.flatMap((fn) => [fn.metricInvocations({ period: fiveMinutes }), fn.metricErrors({ period: fiveMinutes })])),
      graph('Refused signatures', [lineMetric('webhookSignatureFailures')]),
      graph('Kept unmatched (per hour)', [lineMetric('unmatchedOrderEvents', Duration.hours(1))]),
    );
    this.dashboard.addWidgets(new TextWidget({ markdown: '## Jobs · 定时任务', width: 24, height: 1 }));
    const jobs = Object.entries(props.jobs);
    this.dashboard.addWidgets(
      graph('Runs finished (per hour)', jobs.map(([name]) => lineMetric('jobsFinished', Duration.hours(1), { Job: name }).with({ label: name }))),
      graph('Overdue (1: a due run did not finish)', jobs.map(([name]) => lineMetric('jobsOverdue', Duration.hours(1), { Job: name }, 'Maximum').with({ label: name }))),
      graph('Failed runs', jobs.map(([name, job]) => job.fn.metricErrors({ period: Duration.hours(1), label: name }))),
      graph('Longest run (ms)', jobs.map(([name, job]) => job.fn.metricDuration({ period: Duration.hours(1), statistic: 'Maximum', label: name }))),
    );
    this.dashboard.addWidgets(new TextWidget({ markdown: '## Queues · 队列', width: 24, height: 1 }));
    this.dashboard.addWidgets(
      graph('Waiting messages', Object.entries(props.queues).map(([name, q]) => q.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum', label: name })), 12),
      graph('Dead letters (alarm above 0)', Object.entries(props.deadLetterQueues).map(([name, q]) => q.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum', label: name })), 12),
    );

    new CfnOutput(this, 'OpsTopicArn', { value: this.topic.topicArn });
    new CfnOutput(this, 'DashboardName', { value: 'Crm-Operations' });
  }
}

/** A Lambda metric summed over every function in the account and region (no dimension). */
function regionLambda(metricName: 'Errors' | 'Throttles', period: Duration): Metric {
  return new Metric({ namespace: 'AWS/Lambda', metricName, statistic: 'Sum', period });
}

