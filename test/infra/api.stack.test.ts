import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { queues } from '#shared/queues';
import { routes, type AppRouteKey, type RouteDefinition } from '#shared/routes';
import { addCrmStacks, crmContext } from '../../infra/stacks/crm.stacks';

type Resources = Record<string, { Properties: Record<string, any> }>;

/**
 * The API stack and its route stacks (one per capability). Skips esbuild (bundling-stacks: []) and
 * CloudFormation validation (cdk-nag.test.ts runs it): fast.
 */
function apiTemplates(routeTable?: Record<string, RouteDefinition>, allowedOrigins?: string[]): { api: Template; stage: Template; routes: Template[]; stackNames: string[] } {
  const app = new App({
    context: { ...crmContext, 'aws:cdk:bundling-stacks': [] },
    builtinCloudFormationValidation: false,
  });
  const webDomain = allowedOrigins ? { names: allowedOrigins, certificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/x' } : undefined;
  const { api, apiRoutes, apiStage } = addCrmStacks(app, { routes: routeTable, webDomain });
  return {
    api: Template.fromStack(api),
    stage: Template.fromStack(apiStage),
    routes: apiRoutes.map((s) => Template.fromStack(s)),
    stackNames: apiRoutes.map((s) => s.stackName),
  };
}

const resourcesOf = (templates: Template[], type: string, props?: object): Resources =>
  Object.assign({}, ...templates.map((t) => t.findResources(type, props ? { Properties: props } : undefined)));

/** The IAM actions allowed to the function whose description is `description` (its route key), in whichever stack it lives. */
function actionsOf(templates: Template[], description: string): string[] {
  for (const template of templates) {
    const fn = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Description: description } }) as Resources)[0];
    if (!fn) continue;
    const roleId = fn.Properties.Role['Fn::GetAtt'][0] as string;
    const policies = Object.values(template.findResources('AWS::IAM::Policy') as Resources).filter((p) =>
      (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId),
    );
    return policies.flatMap((p) =>
      (p.Properties.PolicyDocument.Statement as { Effect: string; Action: string | string[] }[]).filter((s) => s.Effect === 'Allow').flatMap((s) => [s.Action].flat()),
    );
  }
  throw new Error(`No function described ${description}`);
}

/** Route key → Description of the function its integration invokes (route → integration → function). */
function functionDescriptionByRoute(template: Template): Record<string, string> {
  const functions = template.findResources('AWS::Lambda::Function') as Resources;
  const integrations = template.findResources('AWS::ApiGatewayV2::Integration') as Resources;
  const result: Record<string, string> = {};
  for (const route of Object.values(template.findResources('AWS::ApiGatewayV2::Route') as Resources)) {
    const integrationId = route.Properties.Target['Fn::Join'][1][1].Ref as string;
    const functionId = integrations[integrationId]!.Properties.IntegrationUri['Fn::GetAtt'][0] as string;
    result[route.Properties.RouteKey] = functions[functionId]!.Properties.Description;
  }
  return result;
}

describe('the API stacks built from the shared route table', () => {
  let api: Template;
  let stage: Template;
  let routeStacks: Template[];
  let stackNames: string[];
  let all: Template[];
  beforeAll(() => {
    ({ api, stage, routes: routeStacks, stackNames } = apiTemplates());
    all = [api, ...routeStacks];
  });

  it('keeps every stack within CloudFormation’s 500 resources, a stack per capability', () => {
    for (const template of all) expect(Object.keys(template.toJSON().Resources).length).toBeLessThan(500);
    const capabilities = new Set(Object.values(routes as Record<string, RouteDefinition>).map((r) => r.handler.split('/')[0]));
    expect(stackNames).toHaveLength(capabilities.size);
    for (const [i, template] of routeStacks.entries()) {
      const capability = Object.values(template.findResources('AWS::Lambda::Function') as Resources).map((f) => routes[f.Properties.Description as AppRouteKey].handler.split('/')[0]);
      expect(new Set(capability).size, stackNames[i]).toBe(1);
    }
  });

  it('has exactly one Lambda function per route-table entry (and one worker per step queue)', () => {
    expect(Object.keys(resourcesOf(routeStacks, 'AWS::Lambda::Function'))).toHaveLength(Object.keys(routes).length);
    api.resourceCountIs('AWS::Lambda::Function', Object.keys(queues).length);
    for (const [key, route] of Object.entries(routes)) {
      // The function's description is its route key: one function each, none shared.
      expect(Object.keys(resourcesOf(routeStacks, 'AWS::Lambda::Function', { Description: key })), key).toHaveLength(1);
      expect(route.handler).toMatch(/^[a-z-]+\/[a-z-]+$/);
    }
  });

  it('has exactly one route per entry, invoking that entry’s own function', () => {
    expect(Object.keys(resourcesOf(routeStacks, 'AWS::ApiGatewayV2::Route'))).toHaveLength(Object.keys(routes).length);
    const expected = Object.fromEntries(Object.keys(routes).map((key) => [key, key]));
    expect(Object.assign({}, ...routeStacks.map(functionDescriptionByRoute))).toEqual(expected);
  });

  it('guards every route with the Cognito JWT authorizer, except webhook routes', () => {
    const authorizers = api.findResources('AWS::ApiGatewayV2::Authorizer') as Resources;
    expect(Object.keys(authorizers)).toHaveLength(1);
    const [authorizerId, authorizer] = Object.entries(authorizers)[0]!;
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
    });
    expect(JSON.stringify(authorizer.Properties.JwtConfiguration.Issuer)).toContain('https://cognito-idp.');
    // Route stacks import the authorizer's id from the API stack's export of it.
    const outputs = Object.values(api.toJSON().Outputs ?? {}) as { Value: unknown; Export?: { Name: string } }[];
    const authorizerExport = outputs.find((o) => JSON.stringify(o.Value) === JSON.stringify({ Ref: authorizerId }))!.Export!.Name;

    const table: Record<string, RouteDefinition> = routes;
    for (const route of Object.values(resourcesOf(routeStacks, 'AWS::ApiGatewayV2::Route'))) {
      const key: string = route.Properties.RouteKey;
      if (table[key]!.auth === 'webhook') {
        expect(route.Properties.AuthorizationType, key).toBe('NONE');
        expect(route.Properties.AuthorizerId, key).toBeUndefined();
      } else {
        expect(route.Properties, key).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { 'Fn::ImportValue': authorizerExport } });
      }
    }
  });

  it('builds every function with the shared defaults and least-privilege table access', () => {
    const functions = resourcesOf(all, 'AWS::Lambda::Function');
    const table: Record<string, RouteDefinition> = routes;
    for (const fn of Object.values(functions)) {
      const route = table[fn.Properties.Description];
      const worker = Object.entries(queues).find(([name]) => String(fn.Properties.Description).startsWith(`queue ${name}:`))?.[1];
      expect(route ?? worker, fn.Properties.Description).toBeDefined();
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        MemorySize: worker ? 1024 : 512,
        // 10 s unless a route asks for more (a file export); a queue worker has its step's budget.
        Timeout: worker ? worker.timeoutSeconds : (route!.timeoutSeconds ?? 10),
        TracingConfig: { Mode: 'Active' },
        Environment: {
          Variables: { POWERTOOLS_SERVICE_NAME: 'crm', TABLE_NAME: expect.anything() },
        },
      });
      // Source maps are uploaded beside the bundle but not parsed on every cold start (docs/performance.md).
      expect(fn.Properties.Environment.Variables.NODE_OPTIONS, fn.Properties.Description).toBeUndefined();
    }
    const writers =
      Object.values(routes).filter((r) => r.access === 'read-write').length + Object.values(queues).filter((q) => q.access === 'read-write').length;
    const putters = Object.values(functions).filter((fn) => actionsOf(all, fn.Properties.Description).includes('dynamodb:PutItem'));
    // Allowed: every function also carries a Deny naming PutItem on access-log items (test/infra/access-log-guard.test.ts).
    expect(putters).toHaveLength(writers);
  });

  it('logs access with the integration request id, throttles, and allows the SPA’s headers through CORS', () => {
    stage.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.anyValue() },
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
    const format = JSON.parse(Object.values(stage.findResources('AWS::ApiGatewayV2::Stage') as Resources)[0]!.Properties.AccessLogSettings.Format);
    // integrationRequestId is the Lambda request id, the function_request_id of the handler's log lines.
    expect(format).toMatchObject({ requestId: '$context.requestId', integrationRequestId: '$context.integration.requestId', status: '$context.status' });
    api.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: {
        AllowHeaders: Match.arrayWith(['Authorization', 'Content-Type', 'If-Match', 'Accept-Language']),
        ExposeHeaders: Match.arrayWith(['ETag', 'Location']),
        AllowOrigins: ['*'],
      },
    });
  });

  it('throttles the unauthenticated order webhook on its own, below the staff routes', () => {
    const webhookRoutes = Object.entries(routes as Record<string, RouteDefinition>).filter(([, r]) => r.auth === 'webhook').map(([key]) => key);
    expect(webhookRoutes.length).toBeGreaterThan(0);
    const settings = Object.values(stage.findResources('AWS::ApiGatewayV2::Stage') as Resources)[0]!.Properties.RouteSettings;
    expect(Object.keys(settings).sort()).toEqual(webhookRoutes.sort());
    for (const key of webhookRoutes) expect(settings[key]).toEqual({ ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 });
  });

  it('deploys the stage after every route stack, so its per-route throttle names routes that exist', () => {
    const app = new App({ context: { ...crmContext, 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });
    const { apiStage, apiRoutes } = addCrmStacks(app);
    expect(apiStage.dependencies.map((s) => s.stackName).sort()).toEqual(expect.arrayContaining(apiRoutes.map((s) => s.stackName).sort()));
  });
});

describe('CORS with the site’s domain given', () => {
  it('allows that origin only', () => {
    const { api } = apiTemplates({ 'GET /customers': routes['GET /customers'] }, ['crm.example.cn']);
    api.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.objectLike({ AllowOrigins: ['https://crm.example.cn'] }) });
  });
});

describe('a webhook entry in the route table', () => {
  const webhookKey = 'POST /webhooks/orders';
  let template: Template;
  beforeAll(() => {
    // Both entries' handlers are under functions/customers: one route stack.
    [template] = apiTemplates({
      'GET /customers': routes['GET /customers'],
      // Shares a module with no other entry here, but may in real tables: ids come from route keys.
      [webhookKey]: { handler: 'customers/create-customer', roles: [], access: 'read-write', auth: 'webhook' },
    }).routes as [Template];
  });

  it('gets no JWT authorizer, while the other routes keep it', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: webhookKey,
      AuthorizationType: 'NONE',
      AuthorizerId: Match.absent(),
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /customers', AuthorizationType: 'JWT' });
  });

  it('is given the webhook secret’s ARN and read access to it, and only it is', () => {
    template.resourcePropertiesCountIs(
      'AWS::Lambda::Function',
      { Environment: { Variables: Match.objectLike({ WEBHOOK_SECRET_ARN: Match.anyValue() }) } },
      1,
    );
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: webhookKey,
      Environment: { Variables: Match.objectLike({ WEBHOOK_SECRET_ARN: Match.anyValue() }) },
    });
    template.resourcePropertiesCountIs(
      'AWS::IAM::Policy',
      {
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({ Action: Match.arrayWith(['secretsmanager:GetSecretValue']) })]),
        },
      },
      1,
    );
  });
});

describe('object storage and step queues, from the route and queue tables', () => {
  let template: Template;
  let all: Template[];
  beforeAll(() => {
    const stacks = apiTemplates();
    template = stacks.api;
    all = [stacks.api, ...stacks.routes];
  });
  const envOf = (description: string) =>
    (Object.values(resourcesOf(all, 'AWS::Lambda::Function', { Description: description }))[0]!.Properties.Environment.Variables ?? {}) as Record<
      string,
      unknown
    >;

  it('grants the attachments bucket exactly to the routes that name `storage`, as they name it, and never delete', () => {
    for (const [key, route] of Object.entries(routes) as [string, RouteDefinition][]) {
      const actions = actionsOf(all, key);
      expect(actions.some((a) => a.startsWith('s3:GetObject')), key).toBe(route.storage !== undefined);
      expect(actions.includes('s3:PutObject'), key).toBe(route.storage === 'read-write');
      expect(actions.some((a) => a.startsWith('s3:Delete')), key).toBe(false);
      expect('ATTACHMENTS_BUCKET' in envOf(key), key).toBe(route.storage !== undefined);
    }
  });

  it('lets exactly the routes that start steps send to their queue, and gives them its URL', () => {
    for (const [key, route] of Object.entries(routes) as [string, RouteDefinition][]) {
      const sends = actionsOf(all, key).includes('sqs:SendMessage');
      expect(sends, key).toBe(route.sends !== undefined);
      if (route.sends) expect(envOf(key)[queues[route.sends].urlEnv], key).toBeDefined();
    }
  });

  it('runs one worker per queue, one message at a time, with a dead-letter queue after its deliveries', () => {
    for (const [name, queue] of Object.entries(queues)) {
      const description = Object.values(template.findResources('AWS::Lambda::Function') as Resources)
        .map((f) => String(f.Properties.Description))
        .find((d) => d.startsWith(`queue ${name}:`))!;
      expect(actionsOf(all, description)).toEqual(expect.arrayContaining(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:SendMessage', 'dynamodb:PutItem', 's3:PutObject']));
      template.hasResourceProperties('AWS::SQS::Queue', {
        VisibilityTimeout: queue.timeoutSeconds * 6,
        RedrivePolicy: { maxReceiveCount: queue.maxReceives, deadLetterTargetArn: Match.anyValue() },
        SqsManagedSseEnabled: true,
      });
    }
    template.resourcePropertiesCountIs('AWS::Lambda::EventSourceMapping', { BatchSize: 1 }, Object.keys(queues).length);
  });
});
