import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { onDemandJobs } from '#shared/on-demand-jobs';
import { addCrmStacks, crmContext } from '../../infra/stacks/crm.stacks';

type Resources = Record<string, { Properties: Record<string, any> }>;

function newApp(): App {
  return new App({ context: { ...crmContext, 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });
}

describe('on-demand jobs in the cloud', () => {
  let template: Template;
  beforeAll(() => {
    const { jobs } = addCrmStacks(newApp(), { routes: {} });
    template = Template.fromStack(jobs!);
  });

  const functionOf = (name: string) =>
    Object.entries(template.findResources('AWS::Lambda::Function') as Resources).find(([, f]) =>
      String(f.Properties.Description).startsWith(`on demand ${name}:`),
    );

  it('gives the customer reindex a function of its own, with a job’s 15 minutes and read-write table access', () => {
    expect(Object.keys(onDemandJobs)).toContain('reindex-customers');
    const found = functionOf('reindex-customers');
    expect(found, 'no function for reindex-customers').toBeDefined();
    const [, fn] = found!;
    expect(fn.Properties).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'], Timeout: 900, MemorySize: 1024 });
    expect(fn.Properties.Environment.Variables.TABLE_NAME).toBeDefined();
    const roleId = fn.Properties.Role['Fn::GetAtt'][0] as string;
    const allowed = Object.values(template.findResources('AWS::IAM::Policy') as Resources)
      .filter((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as { Effect: string; Action: string | string[] }[])
      .filter((s) => s.Effect === 'Allow')
      .flatMap((s) => [s.Action].flat());
    expect(allowed).toEqual(expect.arrayContaining(['dynamodb:Scan', 'dynamodb:PutItem', 'dynamodb:ConditionCheckItem']));
  });

  it('is run by nobody but an operator: no schedule, no event source, and no automatic retry', () => {
    for (const name of Object.keys(onDemandJobs)) {
      const [functionId] = functionOf(name)!;
      const schedules = JSON.stringify(template.findResources('AWS::Scheduler::Schedule'));
      expect(schedules).not.toContain(functionId);
      expect(JSON.stringify(template.findResources('AWS::Lambda::EventSourceMapping'))).not.toContain(functionId);
      expect(JSON.stringify(template.findResources('AWS::Lambda::Permission'))).not.toContain(functionId);
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { FunctionName: { Ref: functionId }, MaximumRetryAttempts: 0 });
    }
  });

  it('names each function in the stack’s outputs, for `aws lambda invoke`', () => {
    const [functionId] = functionOf('reindex-customers')!;
    template.hasOutput('ReindexCustomersFunctionName', { Value: { Ref: functionId } });
  });

  it('keeps the jobs stack when only on-demand jobs exist', () => {
    const { jobs } = addCrmStacks(newApp(), { routes: {}, schedules: {} });
    expect(jobs).toBeDefined();
    template.resourcePropertiesCountIs('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('^on demand ') }, Object.keys(onDemandJobs).length);
  });
});
