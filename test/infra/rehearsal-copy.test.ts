import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { routes } from '#shared/routes';
import { addCrmStacks, crmContext } from '../../infra/stacks/crm.stacks';

/**
 * The restore rehearsal's throwaway copy (docs/operations.md, "Restore rehearsal"): every stack named apart
 * from the live ones, the functions pointed at the restored table, and nothing made that a copy must not own.
 */
function rehearsal() {
  const app = new App({ context: { ...crmContext, 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });
  return addCrmStacks(app, {
    routes: { 'GET /customers': routes['GET /customers'] },
    schedules: {},
    stackPrefix: 'CrmRehearsal',
    existingTableName: 'crm-rehearsal-20261206',
  });
}

describe('a copy of the stacks pointed at a restored table', () => {
  const stacks = rehearsal();
  const data = Template.fromStack(stacks.data);

  it('names every stack with the prefix, so it deploys beside the live Crm-* stacks', () => {
    const names = [stacks.data, stacks.api, ...stacks.apiRoutes, stacks.apiStage, stacks.web, stacks.operations, ...(stacks.jobs ? [stacks.jobs] : [])].map((s) => s.stackName);
    expect(names.every((n) => n.startsWith('CrmRehearsal-'))).toBe(true);
  });

  it('makes no table and no backup vault: the restored table is used as it is', () => {
    data.resourceCountIs('AWS::DynamoDB::Table', 0);
    data.resourceCountIs('AWS::Backup::BackupVault', 0);
    data.hasOutput('TableName', { Value: 'crm-rehearsal-20261206' });
  });

  it('points the functions at the restored table, with rights on its indexes', () => {
    const template = Template.fromStack(stacks.apiRoutes[0]!);
    const fn = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Description: 'GET /customers' } }))[0] as { Properties: { Environment: { Variables: Record<string, unknown> } } };
    expect(fn.Properties.Environment.Variables.TABLE_NAME).toBe('crm-rehearsal-20261206');
    expect(JSON.stringify(template.findResources('AWS::IAM::Policy'))).toContain('table/crm-rehearsal-20261206/index/*');
  });

  it('refuses a prefix that is not a stack name', () => {
    const app = new App({ context: { ...crmContext, 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });
    expect(() => addCrmStacks(app, { routes: {}, schedules: {}, stackPrefix: 'crm rehearsal' })).toThrow(/stackPrefix/);
  });
});
