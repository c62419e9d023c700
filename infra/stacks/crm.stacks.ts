import type { App } from 'aws-cdk-lib';
import { onDemandJobs as sharedOnDemandJobs, type OnDemandJobDefinition } from '#shared/on-demand-jobs';
import type { QueueDefinition } from '#shared/queues';
import { routes as sharedRoutes, type RouteDefinition } from '#shared/routes';
import { mailSettings } from '../constructs/mail-sending';
import { pascalId } from '../constructs/repo.paths';
import { ApiRoutesStack, routeCapability } from './api-routes.stack';
import { schedules as sharedSchedules, type ScheduleDefinition } from '#shared/schedules';
import { unsupportedRegionMessage, UnsupportedRegionError } from '../constructs/supported-region';
import { ApiStageStack } from './api-stage.stack';
import { ApiStack } from './api.stack';
import { OperationsStack } from './operations.stack';
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
  /**
   * The region every stack goes to (cdk's CDK_DEFAULT_REGION, from the deploying profile). A region without
   * Cognito user pools is refused before anything is built. Absent: environment-agnostic templates.
   */
  readonly region?: string;
  /** Who gets the alarms (`-c alarmEmail=…`). */
  readonly alarmEmails?: readonly string[];
  /**
   * The restore rehearsal's throwaway copy (docs/operations.md): `-c stackPrefix=CrmRehearsal` names every
   * stack apart from the live ones (default `Crm`), and `-c tableName=…` points the copy at the restored table.
   */
  readonly stackPrefix?: string;
  readonly existingTableName?: string;
}

export interface CrmStacks {
  readonly data: DataStack;
  readonly api: ApiStack;
  /** The API's routes and functions, one stack per capability (functions/<capability>/). */
  readonly apiRoutes: ApiRoutesStack[];
  /** Absent while the schedule and on-demand job tables are empty: an empty stack is not a valid template. */
  readonly jobs?: JobsStack;
  readonly web: WebStack;
  /** The API's $default stage, after the routes (per-route throttles name existing routes). */
  readonly apiStage: ApiStageStack;
  /** Alarms, their SNS topic, the dashboard. */
  readonly operations: OperationsStack;
}

/**
 * The whole system. Environment-agnostic (no account or region lookups), so it synthesizes offline;
 * the region comes from the deploying profile. Stateful resources live apart in Crm-Data.
 */
export function addCrmStacks(app: App, options: CrmStacksOptions = {}): CrmStacks {
  const regionProblem = unsupportedRegionMessage(options.region);
  if (regionProblem) throw new UnsupportedRegionError(regionProblem);
  const env = options.region ? { region: options.region } : undefined;
  const description = '客户管理系统 CRM';
  const prefix = options.stackPrefix ?? 'Crm';
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(prefix)) throw new Error(`stackPrefix must be letters and digits, starting with a letter: ${prefix}`);
  const data = new DataStack(app, `${prefix}-Data`, {
    env,
    description: `${description}: table, users, attachments`,
    // Browsers upload and download attachments straight from the bucket (presigned URLs).
    corsOrigins: options.webDomain?.names.map((name) => `https://${name}`),
    existingTableName: options.existingTableName,
  });
  const api = new ApiStack(app, `${prefix}-Api`, {
    env,
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
      new ApiRoutesStack(app, `${prefix}-Api-${pascalId(capability)}`, {
        env,
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
      ? new JobsStack(app, `${prefix}-Jobs`, { env, description: `${description}: scheduled and on-demand jobs`, table: data.table, schedules, onDemandJobs, mail, attachmentsBucket: data.attachmentsBucket, userPool: data.userPool, noticeApps: data.noticeApps })
      : undefined;
  const apiStage = new ApiStageStack(app, `${prefix}-Api-Stage`, {
    env,
    description: `${description}: HTTP API stage (access log, throttles)`,
    api: api.api,
    webhookRoutes: apiRoutes.flatMap((stack) => stack.webhookRoutes),
  });
  for (const stack of apiRoutes) apiStage.addStackDependency(stack);
  const web = new WebStack(app, `${prefix}-Web`, {
    env,
    description: `${description}: web app`,
    apiUrl: api.url,
    userPool: data.userPool,
    userPoolClient: data.userPoolClient,
    attachmentsBucket: data.attachmentsBucket,
    domain: options.webDomain,
  });
  const operations = new OperationsStack(app, `${prefix}-Operations`, {
    env,
    description: `${description}: alarms, their topic, the dashboard`,
    api: api.api,
    alarmEmails: options.alarmEmails ?? [],
    webhookFunctions: apiRoutes.flatMap((stack) => stack.webhookRoutes.map((key) => stack.functions[key]!.function)),
    jobs: Object.fromEntries(
      Object.entries(jobs?.jobs ?? {}).map(([name, job]) => [name, { fn: job.function.function }]),
    ),
    queues: Object.fromEntries(Object.entries(api.workers).map(([name, worker]) => [name, worker.queue])),
    deadLetterQueues: {
      ...Object.fromEntries(Object.entries(api.workers).map(([name, worker]) => [`${name}-dead-letters`, worker.deadLetters])),
      ...(jobs?.failures ? { 'job-failures': jobs.failures } : {}),
    },
  });
  return { data, api, apiRoutes, jobs, web, apiStage, operations };
}
