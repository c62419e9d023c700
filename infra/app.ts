import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { addCrmStacks, crmContext } from './stacks/crm.stacks';

const app = new App({ context: crmContext });

// Optional custom domain for the SPA: cdk deploy -c webDomain=crm.example.com -c webCertificateArn=arn:aws:acm:us-east-1:…
const webDomain = app.node.tryGetContext('webDomain') as string | undefined;
const webCertificateArn = app.node.tryGetContext('webCertificateArn') as string | undefined;

addCrmStacks(app, {
  webDomain: webDomain && webCertificateArn ? { names: [webDomain], certificateArn: webCertificateArn } : undefined,
});

// Each acknowledgement sits beside the resource it concerns, with its reason.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

app.synth();
