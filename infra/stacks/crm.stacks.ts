import type { App } from 'aws-cdk-lib';
import type { QueueDefinition } from '#shared/queues';
import type { RouteDefinition } from '#shared/routes';
import { schedules as sharedSchedules, type ScheduleDefinition } from '#shared/schedules';
import { ApiStack } from './api.stack';
import { DataStack } from './data.stack';
import { JobsStack } from './jobs.stack';
import { WebStack } from './web.stack';

/**
 * Feature flags the stacks rely on, passed to `new App({ context })` by app.ts and by the tests so
 * that `cdk synth`, `tsx infra/app.ts` and vitest build the same templates (cdk.json stays minimal).
 * serverAccessLogsUseBucketPolicy: log delivery by bucket policy, so log buckets need no ACLs.
 * defaultCrossStackReferences 'strong': exports/imports, as today (and as nag.acknowledge.ts assumes).
 */
export const crmContext = {
  '@aws-cdk/core:defaultCrossStackReferences': 'strong',
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
  '@aws-cdk/aws-iam:minimizePolicies': true,
  '@aws-cdk/core:checkSecretUsage': true,
} as const;

export interface CrmStacksOptions {
  /** Test-only: the deployed app always uses the shared route and schedule tables. */
  readonly routes?: Readonly<Record<string, RouteDefinition>>;
  readonly schedules?: Readonly<Record<string, ScheduleDefinition>>;
  readonly queues?: Readonly<Record<string, QueueDefinition>>;
  /** The SPA's custom domain (certificate in us-east-1); also becomes the API's only CORS origin. */
  readonly webDomain?: { readonly names: string[]; readonly certificateArn: string };
}

export interface CrmStacks {
  readonly data: DataStack;
  readonly api: ApiStack;
  /** Absent while the schedule table is empty: an empty stack is not a valid template. */
  readonly jobs?: JobsStack;
  readonly web: WebStack;
}

/**
 * The whole system. Environment-agnostic (no account or region lookups), so it synthesizes offline;
 * the region comes from the deploying profile. Stateful resources live apart in Crm-Data.
 */
export function addCrmStacks(app: App, options: CrmStacksOptions = {}): CrmStacks {
  const description = '客户管理系统 CRM';
  const data = new DataStack(app, 'Crm-Data', {
    description: `${description}: table, users, attachments`,
    // Browsers upload and download attachments straight from the bucket (presigned URLs).
    corsOrigins: options.webDomain?.names.map((name) => `https://${name}`),
  });
  const api = new ApiStack(app, 'Crm-Api', {
    description: `${description}: HTTP API`,
    table: data.table,
    userPool: data.userPool,
    userPoolClient: data.userPoolClient,
    webhookSecret: data.webhookSecret,
    attachmentsBucket: data.attachmentsBucket,
    routes: options.routes,
    queues: options.queues,
    allowedOrigins: options.webDomain?.names.map((name) => `https://${name}`),
  });
  const schedules = options.schedules ?? sharedSchedules;
  const jobs =
    Object.keys(schedules).length > 0
      ? new JobsStack(app, 'Crm-Jobs', { description: `${description}: scheduled jobs`, table: data.table, schedules })
      : undefined;
  const web = new WebStack(app, 'Crm-Web', {
    description: `${description}: web app`,
    apiUrl: api.url,
    userPool: data.userPool,
    userPoolClient: data.userPoolClient,
    attachmentsBucket: data.attachmentsBucket,
    domain: options.webDomain,
  });
  return { data, api, jobs, web };
}
