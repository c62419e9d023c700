import type { App } from 'aws-cdk-lib';
import { onDemandJobs as sharedOnDemandJobs, type OnDemandJobDefinition } from '#shared/on-demand-jobs';
import type { QueueDefinition } from '#shared/queues';
import { routes as sharedRoutes, type RouteDefinition } from '#shared/routes';
import { mailSettings } from '../constructs/mail-sending';
import { pascalId } from '../constructs/repo.paths';
import { ApiRoutesStack, routeCapability } from './api-routes.stack';
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
  readonly onDemandJobs?: Readonly<Record<string, OnDemandJobDefinition>>;
  readonly queues?: Readonly<Record<string, QueueDefinition>>;
  /** The SPA's custom domain (certificate in us-east-1); also becomes the API's only CORS origin. */
  readonly webDomain?: { readonly names: string[]; readonly certificateArn: string };
}

export interface CrmStacks {
  readonly data: DataStack;
  readonly api: ApiStack;
  /** The API's routes and functions, one stack per capability (functions/<capability>/). */
  readonly apiRoutes: ApiRoutesStack[];
  /** Absent while the schedule and on-demand job tables are empty: an empty stack is not a valid template. */
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
    attachmentsBucket: data.attachmentsBucket,
    queues: options.queues,
    allowedOrigins: options.webDomain?.names.map((name) => `https://${name}`),
  });
  // The `mailFrom` context value (cdk deploy -c mailFrom=…): who reminder emails come from, if anyone.
  const mail = mailSettings(app);
  const byCapability = new Map<string, Record<string, RouteDefinition>>();
  for (const [key, route] of Object.entries(options.routes ?? sharedRoutes)) {
    const capability = routeCapability(route);
    byCapability.set(capability, { ...byCapability.get(capability), [key]: route });
  }
  const apiRoutes = [...byCapability].map(
    ([capability, routes]) =>
      new ApiRoutesStack(app, `Crm-Api-${pascalId(capability)}`, {
        description: `${description}: HTTP API routes of functions/${capability}`,
        api: api.api,
        authorizerId: api.authorizer.authorizerId,
        table: data.table,
        webhookSecret: data.webhookSecret,
        noticeApps: data.noticeApps,
        attachmentsBucket: data.attachmentsBucket,
        workers: api.workers,
        queueTable: api.queueTable,
        routes,
        mail,
        userPool: data.userPool,
      }),
  );
  const schedules = options.schedules ?? sharedSchedules;
  const onDemandJobs = options.onDemandJobs ?? sharedOnDemandJobs;
  const jobs =
    Object.keys(schedules).length + Object.keys(onDemandJobs).length > 0
      ? new JobsStack(app, 'Crm-Jobs', { description: `${description}: scheduled and on-demand jobs`, table: data.table, schedules, onDemandJobs, mail, noticeApps: data.noticeApps })
      : undefined;
  const web = new WebStack(app, 'Crm-Web', {
    description: `${description}: web app`,
    apiUrl: api.url,
    userPool: data.userPool,
    userPoolClient: data.userPoolClient,
    attachmentsBucket: data.attachmentsBucket,
    domain: options.webDomain,
  });
  return { data, api, apiRoutes, jobs, web };
}
