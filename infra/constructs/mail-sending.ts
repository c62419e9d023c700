import { ArnFormat, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';
import type { CrmFunction } from './crm-function.construct';

/** Who reminder emails come from, given at deploy time (docs/operations.md "Email reminders (SES)"). */
export interface MailSettings {
  /** A plain address whose address or domain is a verified SES identity, e.g. crm@example.cn. */
  readonly from: string;
  /** SES's region when it is not the stacks' own (SES is not offered in every region). */
  readonly region?: string;
  /** The account's SES sending rate, if not the 10 a second the functions keep to by default (the sandbox: 1). */
  readonly maxPerSecond?: number;
}

const plainAddress = /^[^\s@<>"(),;:]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$/;

/**
 * The `mailFrom` (and optional `mailRegion`, `mailMaxPerSecond`) context values, or undefined when no sender is configured:
 * then no function gets SES rights and a person who chose email gets a recorded failed delivery.
 */
export function mailSettings(scope: IConstruct): MailSettings | undefined {
  const from: unknown = scope.node.tryGetContext('mailFrom');
  const region: unknown = scope.node.tryGetContext('mailRegion');
  const perSecond: unknown = scope.node.tryGetContext('mailMaxPerSecond');
  if (from === undefined || from === '') return undefined;
  // A display name or a typo would only show as failed deliveries weeks later; refuse it at synth.
  if (typeof from !== 'string' || !plainAddress.test(from)) {
    throw new Error(`Context mailFrom must be a plain email address such as crm@example.cn, not ${JSON.stringify(from)}.`);
  }
  if (region !== undefined && region !== '' && (typeof region !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))) {
    throw new Error(`Context mailRegion must be an AWS region such as ap-southeast-1, not ${JSON.stringify(region)}.`);
  }
  const maxPerSecond = perSecond === undefined || perSecond === '' ? undefined : Number(perSecond);
  if (maxPerSecond !== undefined && !(Number.isInteger(maxPerSecond) && maxPerSecond > 0)) {
    throw new Error(`Context mailMaxPerSecond must be a whole number above 0 (SES's sending rate), not ${JSON.stringify(perSecond)}.`);
  }
  return { from, ...(typeof region === 'string' && region ? { region } : {}), ...(maxPerSecond ? { maxPerSecond } : {}) };
}

/**
 * The SES identities the sender may be verified as: its domain and the address itself (SES authorizes
 * against whichever is verified; with both, the address). In the sandbox SES also checks the recipient's
 * identity, so there mail reaches only addresses at the verified domain.
 */
export function mailIdentityArns(scope: IConstruct, mail: MailSettings): string[] {
  const domain = mail.from.slice(mail.from.indexOf('@') + 1);
  return [domain, mail.from].map((name) =>
    Stack.of(scope).formatArn({ service: 'ses', region: mail.region, resource: 'identity', resourceName: name, arnFormat: ArnFormat.SLASH_RESOURCE_NAME }),
  );
}

/** Lets one function send email as the configured sender, and only as it: MAIL_FROM plus SendEmail on its identities. */
export function allowMailSending(fn: CrmFunction, mail: MailSettings): void {
  fn.function.addEnvironment('MAIL_FROM', mail.from);
  if (mail.region) fn.function.addEnvironment('MAIL_REGION', mail.region);
  if (mail.maxPerSecond) fn.function.addEnvironment('MAIL_MAX_PER_SECOND', String(mail.maxPerSecond));
  fn.function.addToRolePolicy(
    new PolicyStatement({
      sid: 'SendMailAsConfiguredSender',
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resources: mailIdentityArns(fn, mail),
      // The domain identity would allow any address at the domain; the sender is pinned to the one configured.
      conditions: { StringEquals: { 'ses:FromAddress': mail.from } },
    }),
  );
}
