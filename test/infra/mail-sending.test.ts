import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '#shared/routes';
import { schedules } from '#shared/schedules';
import { addCrmStacks, crmContext } from '../../infra/stacks/crm.stacks';
import { functionsWithStatements, type Statement } from '../support/function-statements';

function crmApp(mail: Record<string, string> = {}): App {
  return new App({ context: { ...crmContext, 'aws:cdk:bundling-stacks': [], ...mail }, builtinCloudFormationValidation: false });
}

/** Every function of the app: its description, environment and its role's statements about SES. */
function functions(app: App) {
  addCrmStacks(app);
  return functionsWithStatements(app).map((f) => ({
    description: f.description,
    environment: f.environment,
    ses: f.statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('ses:'))),
  }));
}

/** A resource as text: `Fn::Join` joined, `{ Ref: X }` as `${X}`. */
function arnText(resource: unknown): string {
  if (typeof resource === 'string') return resource;
  const r = resource as { Ref?: string; 'Fn::Join'?: [string, unknown[]] };
  if (r.Ref) return `\${${r.Ref}}`;
  if (r['Fn::Join']) return r['Fn::Join'][1].map(arnText).join(r['Fn::Join'][0]);
  return JSON.stringify(resource);
}
const resourcesOf = (s: Statement) => [s.Resource].flat().map(arnText).sort();

const reminderJob = `job revisit-reminders: ${schedules['revisit-reminders']!.description}`.slice(0, 256);
const testRoute = 'POST /me/notification-settings/test';
/** Issue 12: the notice dispatcher and the daily digest send on the same channels. */
const noticeJobs = ['dispatch-notices', 'notice-digest'].map((name) => `job ${name}: ${schedules[name]!.description}`.slice(0, 256));

describe('email in the cloud (SES), from the mailFrom context value', () => {
  let withSender: ReturnType<typeof functions>;
  beforeAll(() => {
    withSender = functions(crmApp({ mailFrom: 'crm@mail.example.cn' }));
  });
  const named = (description: string) => {
    const found = withSender.filter((f) => f.description === description);
    expect(found, description).toHaveLength(1);
    return found[0]!;
  };

  it('lets the revisit-reminders job send as the sender only: SendEmail on its domain and address identities, MAIL_FROM set', () => {
    const job = named(reminderJob);
    expect(job.environment.MAIL_FROM).toBe('crm@mail.example.cn');
    expect(job.environment.MAIL_REGION).toBeUndefined();
    expect(job.environment.MAIL_MAX_PER_SECOND).toBeUndefined();
    expect(job.ses).toHaveLength(1);
    const [statement] = job.ses;
    expect(statement!.Effect).toBe('Allow');
    expect([statement!.Action].flat().sort()).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
    expect(resourcesOf(statement!)).toEqual([
      'arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/crm@mail.example.cn',
      'arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/mail.example.cn',
    ]);
    expect(statement!.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'crm@mail.example.cn' } });
  });

  it('lets the channel-test route and the notice jobs send too, and no other function', () => {
    const route = named(testRoute);
    expect(route.environment.MAIL_FROM).toBe('crm@mail.example.cn');
    expect(route.ses).toHaveLength(1);
    const senders = withSender.filter((f) => f.ses.length > 0 || 'MAIL_FROM' in f.environment).map((f) => f.description);
    expect(senders.sort()).toEqual([reminderJob, testRoute, ...noticeJobs].sort());
    expect((routes as Record<string, { mail?: string }>)['GET /me/notification-settings']!.mail).toBeUndefined();
  });

  it('puts the identity in mailRegion when SES runs in another region than the stacks, and passes the sending rate', () => {
    const job = functions(crmApp({ mailFrom: 'crm@mail.example.cn', mailRegion: 'ap-southeast-1', mailMaxPerSecond: '1' })).find((f) => f.description === reminderJob)!;
    expect(job.environment.MAIL_REGION).toBe('ap-southeast-1');
    expect(job.environment.MAIL_MAX_PER_SECOND).toBe('1');
    expect(resourcesOf(job.ses[0]!)).toEqual([
      'arn:${AWS::Partition}:ses:ap-southeast-1:${AWS::AccountId}:identity/crm@mail.example.cn',
      'arn:${AWS::Partition}:ses:ap-southeast-1:${AWS::AccountId}:identity/mail.example.cn',
    ]);
  });

  it('gives no function SES rights or MAIL_FROM when no sender is configured (email stays a recorded failure)', () => {
    const all = functions(crmApp());
    expect(all.length).toBeGreaterThan(2);
    expect(all.filter((f) => f.ses.length > 0 || 'MAIL_FROM' in f.environment)).toEqual([]);
  });

  it('refuses a sender that is not a plain address, at synth rather than on the day a reminder fails', () => {
    expect(() => functions(crmApp({ mailFrom: '客户管理 <crm@mail.example.cn>' }))).toThrow(/mailFrom must be a plain email address/);
    expect(() => functions(crmApp({ mailFrom: 'crm@localhost' }))).toThrow(/mailFrom/);
    expect(() => functions(crmApp({ mailFrom: 'crm@mail.example.cn', mailRegion: 'Singapore' }))).toThrow(/mailRegion/);
    expect(() => functions(crmApp({ mailFrom: 'crm@mail.example.cn', mailMaxPerSecond: 'fast' }))).toThrow(/mailMaxPerSecond/);
  });

  // Every CrmFunction role already acknowledges IAM5 `Resource::*` (X-Ray), so cdk-nag would not see a
  // wildcard here: the exact identity ARNs asserted above are what keeps SES rights narrow.
  it('leaves cdk-nag nothing unacknowledged with a sender configured', () => {
    const app = crmApp({ mailFrom: 'crm@mail.example.cn' });
    addCrmStacks(app);
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    let directory: string;
    try {
      directory = app.synth().directory;
    } catch (error) {
      expect.fail(String(error));
    }
    const report = JSON.parse(readFileSync(join(directory, 'validation-report.json'), 'utf8')) as {
      pluginReports: { violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[] }[];
    };
    const found = report.pluginReports.flatMap((p) => p.violations.flatMap((v) => v.violatingConstructs.map((c) => `${v.ruleName} at ${c.constructPath}`)));
    expect(found).toEqual([]);
  });
  it('gives the company apps secret to the functions that send notices and to the settings routes, and no other', () => {
    const readers = withSender.filter((f) => 'NOTICE_APPS_SECRET_ARN' in f.environment).map((f) => f.description);
    expect(readers.sort()).toEqual([reminderJob, testRoute, ...noticeJobs, 'GET /me/notification-settings', 'PUT /me/notification-settings'].sort());
  });
});
