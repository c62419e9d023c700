import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { routes } from '#shared/routes';
import { addCrmStacks, crmContext, type CrmStacksOptions } from '../../infra/stacks/crm.stacks';

interface ValidationReport {
  pluginReports: {
    pluginName: string;
    violations: { ruleName: string; severity: string; description: string; violatingConstructs: { constructPath: string }[] }[];
  }[];
}

/**
 * Synthesizes with AwsSolutionsChecks registered as infra/app.ts registers it (the cdk-nag v3
 * policy-validation plugin) and returns every finding left after acknowledgements, one line each:
 * cdk-nag errors and warnings, and CloudFormation-validation warnings when that check is on.
 */
function findings(app: App): string[] {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  let directory: string;
  try {
    directory = app.synth().directory;
  } catch (error) {
    // Unacknowledged errors stop synthesis; the message carries the whole report.
    return [String(error)];
  }
  const report = JSON.parse(readFileSync(join(directory, 'validation-report.json'), 'utf8')) as ValidationReport;
  return report.pluginReports.flatMap((plugin) =>
    plugin.violations.flatMap((v) =>
      v.violatingConstructs.map((c) => `${plugin.pluginName} ${v.severity} ${v.ruleName} at ${c.constructPath}: ${v.description}`),
    ),
  );
}

function crmApp(options?: CrmStacksOptions, builtinCloudFormationValidation = true): App {
  const app = new App({ context: { ...crmContext, 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation });
  addCrmStacks(app, options);
  return app;
}

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing unacknowledged in the app as deployed (nor does CloudFormation validation)', () => {
    const found = findings(crmApp());
    expect(found, `unacknowledged findings:\n${found.join('\n')}`).toEqual([]);
  });

  it('finds nothing unacknowledged once a webhook route and a scheduled job are added', () => {
    const found = findings(
      crmApp(
        {
          routes: {
            ...routes,
            'POST /webhooks/orders': { handler: 'customers/create-customer', roles: [], access: 'read-write', auth: 'webhook' },
          },
          schedules: { nightly: { handler: 'customers/list-customers', cron: '0 2 * * ? *', description: 'sample' } },
        },
        false,
      ),
    );
    expect(found, `unacknowledged findings:\n${found.join('\n')}`).toEqual([]);
  });

  it('finds nothing unacknowledged when synthesized for a region (ap-east-1) with alarm recipients', () => {
    const found = findings(crmApp({ region: 'ap-east-1', alarmEmails: ['ops@example.cn'] }, false));
    expect(found, `unacknowledged findings:\n${found.join('\n')}`).toEqual([]);
  });

  it('finds nothing unacknowledged in the restore rehearsal’s copy, pointed at an existing table', () => {
    const found = findings(crmApp({ stackPrefix: 'CrmRehearsal', existingTableName: 'crm-rehearsal-20261206' }, false));
    expect(found, `unacknowledged findings:\n${found.join('\n')}`).toEqual([]);
  });

  it('does report what nobody acknowledged, so the checks above can fail', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    new Bucket(new Stack(app, 'Careless'), 'Bucket');
    const found = findings(app);
    expect(found.join('\n')).toContain('AwsSolutions-S10');
  });
});
