import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { UnsupportedRegionError } from './constructs/supported-region';
import { addCrmStacks, crmContext } from './stacks/crm.stacks';

const app = new App({ context: crmContext });

// Optional custom domain for the SPA: cdk deploy -c webDomain=crm.example.com -c webCertificateArn=arn:aws:acm:us-east-1:…
const webDomain = app.node.tryGetContext('webDomain') as string | undefined;
const webCertificateArn = app.node.tryGetContext('webCertificateArn') as string | undefined;

// Who gets the alarms: cdk deploy -c alarmEmail=ops@example.cn[,another@example.cn]
const alarmEmails = String(app.node.tryGetContext('alarmEmail') ?? '').split(',').map((e) => e.trim()).filter(Boolean);

try {
  addCrmStacks(app, {
    webDomain: webDomain && webCertificateArn ? { names: [webDomain], certificateArn: webCertificateArn } : undefined,
    // The deploying profile's region (set by the cdk CLI), or -c region=… to synthesize for another.
    region: (app.node.tryGetContext('region') as string | undefined) ?? process.env.CDK_DEFAULT_REGION,
    alarmEmails,
    // The restore rehearsal's copy: cdk deploy --all -c stackPrefix=CrmRehearsal -c tableName=crm-rehearsal-…
    stackPrefix: app.node.tryGetContext('stackPrefix') as string | undefined,
    existingTableName: app.node.tryGetContext('tableName') as string | undefined,
  });
} catch (error) {
  // One clear line, not a stack trace, for a region the system cannot run in.
  if (error instanceof UnsupportedRegionError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

// Each acknowledgement sits beside the resource it concerns, with its reason.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

app.synth();
