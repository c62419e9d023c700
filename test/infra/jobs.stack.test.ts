import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { scheduleTimezone, schedules } from '#shared/schedules';
import { addCrmStacks, crmContext } from '../../infra/stacks/crm.stacks';

type Resources = Record<string, { Properties: Record<string, any> }>;

function newApp(): App {
  return new App({
    context: { ...crmContext, 'aws:cdk:bundling-stacks': [] },
    builtinCloudFormationValidation: false,
  });
}

describe('the jobs stack', () => {
  // The shared schedule table may still be empty; a sample entry proves the wiring.
  const sample = {
    'nightly-sample': { handler: 'customers/list-customers', cron: '0 2 * * ? *', description: 'Sample nightly job' },
  };
  let template: Template;
  beforeAll(() => {
    const { jobs } = addCrmStacks(newApp(), { routes: {}, schedules: sample, onDemandJobs: {} });
    template = Template.fromStack(jobs!);
  });

  it('runs each entry on its cron, read in Asia/Shanghai, through EventBridge Scheduler', () => {
    expect(scheduleTimezone).toBe('Asia/Shanghai');
    template.resourceCountIs('AWS::Scheduler::Schedule', Object.keys(sample).length);
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 2 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Shanghai',
      State: 'ENABLED',
      Target: Match.objectLike({
        DeadLetterConfig: { Arn: Match.anyValue() },
        RetryPolicy: Match.objectLike({ MaximumRetryAttempts: Match.anyValue() }),
      }),
    });
  });

  it('hands the handler a Scheduled Event naming the job', () => {
    const schedule = Object.values(template.findResources('AWS::Scheduler::Schedule') as Resources)[0]!;
    const input = JSON.stringify(schedule.Properties.Target.Input);
    expect(input).toContain('\\"detail-type\\":\\"Scheduled Event\\"');
    expect(input).toContain('\\"detail\\":{\\"job\\":\\"nightly-sample\\"}');
  });

  it('invokes a dedicated function with the job timeout and read-write access', () => {
    const functions = template.findResources('AWS::Lambda::Function') as Resources;
    expect(Object.keys(functions)).toHaveLength(Object.keys(sample).length);
    const [functionId, fn] = Object.entries(functions)[0]!;
    expect(fn.Properties).toMatchObject({ Runtime: 'nodejs24.x', Timeout: 900, TracingConfig: { Mode: 'Active' } });

    const schedule = Object.values(template.findResources('AWS::Scheduler::Schedule') as Resources)[0]!;
    expect(schedule.Properties.Target.Arn).toEqual({ 'Fn::GetAtt': [functionId, 'Arn'] });

    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Allow', Action: Match.arrayWith(['dynamodb:PutItem']) })]),
      },
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });

  it('has one schedule per entry of the shared schedule table', () => {
    const { jobs } = addCrmStacks(newApp(), { routes: {} });
    const count = Object.keys(schedules).length;
    if (count === 0) expect(jobs).toBeUndefined();
    else Template.fromStack(jobs!).resourceCountIs('AWS::Scheduler::Schedule', count);
  });

  it('is left out when the schedule and on-demand tables are empty (an empty stack is not a valid template)', () => {
    expect(addCrmStacks(newApp(), { routes: {}, schedules: {}, onDemandJobs: {} }).jobs).toBeUndefined();
  });
});

describe('the export-user-directory job', () => {
  it('may list the user pool (and nothing more of it) and write to the attachments bucket, with the pool id and bucket name', () => {
    const { jobs } = addCrmStacks(newApp(), { routes: {}, schedules: { 'export-user-directory': schedules['export-user-directory']! }, onDemandJobs: {} });
    const template = Template.fromStack(jobs!);
    const fn = Object.values(template.findResources('AWS::Lambda::Function') as Resources)[0]!;
    expect(Object.keys(fn.Properties.Environment.Variables)).toEqual(expect.arrayContaining(['USER_POOL_ID', 'ATTACHMENTS_BUCKET']));
    const statements = Object.values(template.findResources('AWS::IAM::Policy') as Resources).flatMap((p) => p.Properties.PolicyDocument.Statement as { Effect: string; Action: string | string[] }[]);
    const cognito = statements.flatMap((s) => [s.Action].flat()).filter((a) => a.startsWith('cognito-idp:'));
    expect(cognito.sort()).toEqual(['cognito-idp:ListGroups', 'cognito-idp:ListUsers', 'cognito-idp:ListUsersInGroup']);
    const s3 = statements.filter((s) => s.Effect === 'Allow').flatMap((s) => [s.Action].flat()).filter((a) => a.startsWith('s3:'));
    expect(s3).toContain('s3:PutObject');
    expect(s3.some((a) => a.startsWith('s3:Delete'))).toBe(false);
  });
});
