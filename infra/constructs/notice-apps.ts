import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { CrmFunction } from './crm-function.construct';

/**
 * Lets a function read the company's WeCom / DingTalk app credentials and units' group robots (one JSON
 * secret, functions/core/channels/company-apps.ts; docs/operations.md "Notices on WeCom and DingTalk"):
 * those that send notices (`mail: 'send'`) and the settings routes that say whether the app reaches a person.
 */
export function allowNoticeApps(fn: CrmFunction, secret: ISecret): void {
  fn.function.addEnvironment('NOTICE_APPS_SECRET_ARN', secret.secretArn);
  secret.grantRead(fn.function);
}
