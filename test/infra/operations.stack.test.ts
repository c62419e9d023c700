import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { queues } from '#shared/queues';
import { routes, type RouteDefinition } from '#shared/routes';
import { schedules } from '#shared/schedules';
import { addCrmStacks, crmContext, type CrmStacks } from '../../infra/stacks/crm.stacks';
import { pascalId } from '../../infra/constructs/repo.paths';

type Resources = Record<string, { Properties: Record<string, any> }>;

/** Synthesized once for the file: the whole app as deployed, with two alarm recipients. */
let stacks: CrmStacks;
let ops: Template;
let alarms: Record<string, Record<string, any>>;
beforeAll(() => {
  const app = new App({ context: { ...crmContext, 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });
  stacks = addCrmStacks(app, { alarmEmails: ['ops@example.cn', 'oncall@example.cn'] });
  ops = Template.fromStack(stacks.operations);
  alarms = Object.fromEntries(
    Object.values(ops.findResources('AWS::CloudWatch::Alarm') as Resources).map((a) => [a.Properties.AlarmName.replace(/^Crm-/, ''), a.Properties]),
  );
});

const topicRef = () => ({ Ref: Object.keys(ops.findResources('AWS::SNS::Topic'))[0] });

describe('the operations topic', () => {
  it('is one encrypted, TLS-only topic with an email subscription per alarmEmail address', () => {
    ops.resourceCountIs('AWS::SNS::Topic', 1);
    ops.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    ops.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
    const emails = Object.values(ops.findResources('AWS::SNS::Subscription') as Resources).map((s) => [s.Properties.Protocol, s.Properties.Endpoint]);
    expect(emails.sort()).toEqual([['email', 'oncall@example.cn'], ['email', 'ops@example.cn']]);
  });

  it('lets CloudWatch use its key, so alarms can publish to it', () => {
    ops.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] })]) },
    });
  });
});

describe('the alarms', () => {
  const webhookRoutes = Object.entries(routes as Record<string, RouteDefinition>).filter(([, r]) => r.auth === 'webhook');

  it('cover every required condition, each with the topic as alarm and OK action', () => {
    const expected = [
      'Api5xx',
      'HandlerErrors',
      'LambdaErrors',
      'LambdaThrottles',
      'WebhookSignatureFailures',
      'UnmatchedOrderEvents',
      ...Object.keys(queues).map((q) => `DeadLetters${pascalId(`${q}-dead-letters`)}`),
      'DeadLettersJobFailures',
      ...Object.keys(schedules).map((job) => `JobFailed${pascalId(job)}`),
      ...Object.keys(schedules).map((job) => `JobDidNotFinish${pascalId(job)}`),
    ];
    expect(Object.keys(alarms).sort()).toEqual(expected.sort());
    for (const [name, alarm] of Object.entries(alarms)) {
      expect(alarm.AlarmActions, name).toEqual([topicRef()]);
      expect(alarm.OKActions, name).toEqual([topicRef()]);
      expect(alarm.AlarmDescription, name).toContain(`docs/operations.md, alarm ${name}`);
    }
  });

  it('watch API Gateway’s 5xx and the ERROR lines of every function', () => {
    expect(alarms.Api5xx).toMatchObject({ Namespace: 'AWS/ApiGateway', MetricName: '5xx', Statistic: 'Sum', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    expect(alarms.HandlerErrors).toMatchObject({ Namespace: 'Crm', MetricName: 'HandlerErrors', Threshold: 1 });
    // Every function's log group (routes, workers, jobs) feeds HandlerErrors.
    const all = [stacks.api, ...stacks.apiRoutes, stacks.jobs!].map((s) => Template.fromStack(s));
    for (const template of all) {
      const functions = Object.keys(template.findResources('AWS::Lambda::Function')).length;
      const filters = Object.values(template.findResources('AWS::Logs::MetricFilter') as Resources).filter((f) => f.Properties.MetricTransformations[0].MetricName === 'HandlerErrors');
      expect(filters).toHaveLength(functions);
      for (const f of filters) expect(f.Properties.FilterPattern).toBe('{ $.level = "ERROR" }');
    }
  });

  it('watch Lambda errors and throttles across the region', () => {
    expect(alarms.LambdaErrors).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Errors', Threshold: 1 });
    expect(alarms.LambdaThrottles).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Throttles', Threshold: 1 });
    expect(alarms.LambdaErrors!.Dimensions).toBeUndefined();
  });

  it('fire on the first message in any dead-letter queue', () => {
    for (const name of Object.keys(alarms).filter((n) => n.startsWith('DeadLetters'))) {
      expect(alarms[name], name).toMatchObject({ Namespace: 'AWS/SQS', MetricName: 'ApproximateNumberOfMessagesVisible', Statistic: 'Maximum', Threshold: 1 });
    }
  });

  it('count refused webhook signatures and unmatched order events from the webhook’s own log lines', () => {
    expect(alarms.WebhookSignatureFailures).toMatchObject({ Namespace: 'Crm', MetricName: 'WebhookSignatureFailures', Period: 300, Threshold: 5 });
    expect(alarms.UnmatchedOrderEvents).toMatchObject({ Namespace: 'Crm', MetricName: 'UnmatchedOrderEvents', Period: 86400, Threshold: 10 });
    const orders = Template.fromStack(stacks.apiRoutes.find((s) => s.webhookRoutes.length > 0)!);
    orders.hasResourceProperties('AWS::Logs::MetricFilter', { FilterPattern: '{ $.message = "webhook signature rejected" }', MetricTransformations: [Match.objectLike({ MetricName: 'WebhookSignatureFailures' })] });
    orders.hasResourceProperties('AWS::Logs::MetricFilter', { FilterPattern: '{ $.message = "order event kept unmatched" }', MetricTransformations: [Match.objectLike({ MetricName: 'UnmatchedOrderEvents' })] });
    expect(webhookRoutes.length).toBeGreaterThan(0);
  });

  it('raise a job that failed, and any job — weekly ones too — whose due run did not finish (watch-jobs silent breaches)', () => {
    const weekly = Object.entries(schedules).filter(([, s]) => !/^\S+ \S+ [*?] \S+ [*?]/.test(s.cron)).map(([name]) => name);
    expect(weekly).toContain('export-user-directory');
    expect(weekly).toContain('archive-freshness');
    for (const job of Object.keys(schedules)) {
      expect(alarms[`JobFailed${pascalId(job)}`], job).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Errors', Threshold: 1 });
      expect(alarms[`JobDidNotFinish${pascalId(job)}`], job).toMatchObject({
        Namespace: 'Crm',
        MetricName: 'JobOverdue',
        Dimensions: [{ Name: 'Job', Value: job }],
        Statistic: 'Maximum',
        Period: 3600,
        EvaluationPeriods: 2,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        Threshold: 1,
        TreatMissingData: 'breaching',
      });
    }
    // The watcher runs often enough that every hour of every alarm has data while it is alive.
    expect(schedules['watch-jobs']).toMatchObject({ handler: 'jobs/watch-jobs', cron: '0,15,30,45 * * * ? *' });
    const jobs = Template.fromStack(stacks.jobs!);
    jobs.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.message = "job watched" }',
      MetricTransformations: [Match.objectLike({ MetricName: 'JobOverdue', MetricValue: '$.overdue', Dimensions: [{ Key: 'Job', Value: '$.job' }] })],
    });
    jobs.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.message = "job finished" }',
      MetricTransformations: [Match.objectLike({ MetricName: 'JobFinished', Dimensions: [{ Key: 'Job', Value: '$.job' }] })],
    });
  });
});

describe('the dashboard', () => {
  it('shows the API, the webhook, the jobs and the queues', () => {
    const dashboards = Object.values(ops.findResources('AWS::CloudWatch::Dashboard') as Resources);
    expect(dashboards).toHaveLength(1);
    expect(dashboards[0]!.Properties.DashboardName).toBe('Crm-Operations');
    const body = JSON.stringify(dashboards[0]!.Properties.DashboardBody);
    for (const section of ['## API', '## Order webhook', '## Jobs', '## Queues']) expect(body).toContain(section);
    for (const metric of ['5xx', 'HandlerErrors', 'WebhookSignatureFailures', 'UnmatchedOrderEvents', 'JobFinished', 'JobOverdue', 'ApproximateNumberOfMessagesVisible']) expect(body).toContain(metric);
    for (const job of Object.keys(schedules)) expect(body).toContain(job);
  });
});
