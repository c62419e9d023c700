import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { App } from 'aws-cdk-lib';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { onDemandJobs } from '#shared/on-demand-jobs';
import { queues } from '#shared/queues';
import { routes, type RouteDefinition } from '#shared/routes';
import { schedules } from '#shared/schedules';
import { accessLogPartitionPrefix, keys } from '../../functions/core/keys';
import { accessLogChangeActions, accessLogLeadingKeys } from '../../infra/constructs/access-log-guard';
import { handlerEntry, repoRoot } from '../../infra/constructs/repo.paths';
import { addCrmStacks, crmContext } from '../../infra/stacks/crm.stacks';
import { functionsWithStatements, type Statement } from '../support/function-statements';

/** Every function of the deployed app, with the statements of the policies on its role. */
function deployedFunctions() {
  const app = new App({
    context: {
      ...crmContext,
      'aws:cdk:bundling-stacks': [],
      // This test is about each function's rights; CloudFormation's 500 resources per stack are checked
      // where the app is synthesized as deployed (cdk-nag.test.ts, api.stack.test.ts).
      '@aws-cdk/core:stackResourceLimit': 0,
    },
    builtinCloudFormationValidation: false,
  });
  addCrmStacks(app);
  return functionsWithStatements(app).map((f) => ({ ...f, hasTable: Boolean(f.environment.TABLE_NAME) }));
}

const actionsOf = (s: Statement) => [s.Action].flat();
const appendingRoutes = Object.entries(routes as Record<string, RouteDefinition>)
  .filter(([, r]) => r.accessLog === 'append')
  .map(([key]) => key);

describe('the access log in the cloud (R2: the cloud grants no function the right to change it)', () => {
  let functions: ReturnType<typeof deployedFunctions>;
  beforeAll(() => {
    functions = deployedFunctions();
  });

  it('denies every function with table access changing, deleting or batch-writing access-log items', () => {
    const withTable = functions.filter((f) => f.hasTable);
    // Every route, queue worker, scheduled and on-demand job: none is left out.
    expect(withTable).toHaveLength(
      Object.keys(routes).length + Object.keys(queues).length + Object.keys(schedules).length + Object.keys(onDemandJobs).length,
    );
    for (const fn of withTable) {
      const guards = fn.statements.filter((s) => s.Effect === 'Deny' && s.Sid === 'AccessLogAppendOnly');
      expect(guards, `${fn.stack} ${fn.description}`).toHaveLength(1);
      const guard = guards[0]!;
      expect(actionsOf(guard), fn.description).toEqual(expect.arrayContaining(['dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', ...accessLogChangeActions]));
      expect(guard.Condition, fn.description).toEqual({ 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': ['ACCESSLOG#*'] } });
      // The table itself (items live there; an index takes no writes), the same ARN the Allow names.
      const allowedTable = fn.statements.find((s) => s.Effect === 'Allow' && actionsOf(s).includes('dynamodb:GetItem'))!;
      expect([allowedTable.Resource].flat(), fn.description).toContainEqual(guard.Resource);
    }
  });

  it('lets only the functions that append entries put one; every other function may not add one either', () => {
    expect(appendingRoutes.sort()).toEqual(
      [
        'GET /access-log/export',
        'GET /customers/export',
        'GET /customers/{customerId}',
        'GET /customers/{customerId}/attachments',
        'GET /customers/{customerId}/attachments/{attachmentId}',
        'GET /customers/{customerId}/history',
      ].sort(),
    );
    for (const fn of functions.filter((f) => f.hasTable)) {
      const guard = fn.statements.find((s) => s.Sid === 'AccessLogAppendOnly')!;
      expect(actionsOf(guard).includes('dynamodb:PutItem'), fn.description).toBe(!appendingRoutes.includes(fn.description));
    }
  });

  it('gives functions without the table no DynamoDB rights at all (the site deployment, custom resources)', () => {
    for (const fn of functions.filter((f) => !f.hasTable)) {
      const dynamo = fn.statements.filter((s) => s.Effect === 'Allow' && actionsOf(s).some((a) => a.startsWith('dynamodb:')));
      expect(dynamo, fn.description).toEqual([]);
    }
  });

  it('matches the leading key every access-log item is written under, and no key of another entity', () => {
    const like = new RegExp(`^${accessLogLeadingKeys.replace('*', '.*')}$`);
    expect(keys.accessLog('seed-001', '2026-11-27T00:00:00.000Z', '01J').PK).toMatch(like);
    expect(keys.accessLog('*', '2026-11-27T00:00:00.000Z', '01J').PK).toMatch(like);
    expect(keys.accessLogPartitions.customer('seed-001').pk).toMatch(like);
    expect(accessLogPartitionPrefix).toBe('ACCESSLOG#');
    for (const other of [keys.customer('ACCESSLOG'), keys.creditCode('X'), keys.staff('u'), keys.importJob('i'), keys.notification('u', 't', 'd')]) {
      expect(other.PK).not.toMatch(like);
    }
  });
});

describe('which functions append to the access log, read from their code', () => {
  const functionsDir = join(repoRoot, 'functions');
  /** Modules that call the log's append (the repository's only write, `attribute_not_exists(PK)`). */
  const appenders = readdirSync(functionsDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => /\baccessLog\.append\(/.test(readFileSync(join(functionsDir, f), 'utf8')))
    .map((f) => relative(repoRoot, join(functionsDir, f)));

  /** Handler module → whether its bundle (as esbuild tree-shakes it for Lambda) contains an appender. */
  async function bundlesThatAppend(handlers: string[]): Promise<Record<string, boolean>> {
    const entryPoints = Object.fromEntries(handlers.map((h) => [h, handlerEntry(h)]));
    const result = await build({
      entryPoints,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      packages: 'external',
      outdir: join(repoRoot, 'cdk.out', 'access-log-guard-test'),
      logLevel: 'silent',
    });
    const out: Record<string, boolean> = {};
    for (const output of Object.values(result.metafile.outputs)) {
      if (!output.entryPoint) continue;
      const handler = handlers.find((h) => relative(repoRoot, handlerEntry(h)) === output.entryPoint)!;
      out[handler] = Object.entries(output.inputs).some(([input, { bytesInOutput }]) => bytesInOutput > 0 && appenders.includes(input));
    }
    return out;
  }

  it('finds the appenders (so the check below can fail)', () => {
    expect(appenders.length).toBeGreaterThanOrEqual(4);
    expect(appenders).toContain('functions/customers/use-cases/record-reading.ts');
  });

  it('are exactly the routes marked `accessLog: append`, and no worker or job', { timeout: 120_000 }, async () => {
    const routeHandlers = Object.values(routes as Record<string, RouteDefinition>).map((r) => r.handler);
    const jobHandlers = [...Object.values(queues), ...Object.values(schedules), ...Object.values(onDemandJobs)].map((j) => j.handler);
    const appends = await bundlesThatAppend([...new Set([...routeHandlers, ...jobHandlers])]);
    for (const [key, route] of Object.entries(routes as Record<string, RouteDefinition>)) {
      expect(appends[route.handler], `${key} (${route.handler})`).toBe(route.accessLog === 'append');
    }
    for (const handler of jobHandlers) expect(appends[handler], handler).toBe(false);
  });
});
