import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes, type RouteDefinition } from '#shared/routes';
import { addCrmStacks, crmContext } from '../../infra/stacks/crm.stacks';

type Resources = Record<string, { Properties: Record<string, any> }>;

/** Skips esbuild (bundling-stacks: []) and CloudFormation validation (cdk-nag.test.ts runs it): fast. */
function apiTemplate(routeTable?: Record<string, RouteDefinition>): Template {
  const app = new App({
    context: { ...crmContext, 'aws:cdk:bundling-stacks': [] },
    builtinCloudFormationValidation: false,
  });
  const { api } = addCrmStacks(app, { routes: routeTable });
  return Template.fromStack(api);
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

describe('the API stack built from the shared route table', () => {
  let template: Template;
  beforeAll(() => {
    template = apiTemplate();
  });

  it('has exactly one Lambda function per route-table entry', () => {
    template.resourceCountIs('AWS::Lambda::Function', Object.keys(routes).length);
    for (const [key, route] of Object.entries(routes)) {
      // The function's description is its route key: one function each, none shared.
      template.resourcePropertiesCountIs('AWS::Lambda::Function', { Description: key }, 1);
      expect(route.handler).toMatch(/^[a-z-]+\/[a-z-]+$/);
    }
  });

  it('has exactly one route per entry, invoking that entry’s own function', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Route', Object.keys(routes).length);
    const expected = Object.fromEntries(Object.keys(routes).map((key) => [key, key]));
    expect(functionDescriptionByRoute(template)).toEqual(expected);
  });

  it('guards every route with the Cognito JWT authorizer, except webhook routes', () => {
    const authorizers = template.findResources('AWS::ApiGatewayV2::Authorizer') as Resources;
    expect(Object.keys(authorizers)).toHaveLength(1);
    const [authorizerId, authorizer] = Object.entries(authorizers)[0]!;
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
    });
    expect(JSON.stringify(authorizer.Properties.JwtConfiguration.Issuer)).toContain('https://cognito-idp.');

    const table: Record<string, RouteDefinition> = routes;
    for (const route of Object.values(template.findResources('AWS::ApiGatewayV2::Route') as Resources)) {
      const key: string = route.Properties.RouteKey;
      if (table[key]!.auth === 'webhook') {
        expect(route.Properties.AuthorizationType, key).toBe('NONE');
        expect(route.Properties.AuthorizerId, key).toBeUndefined();
      } else {
        expect(route.Properties, key).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
      }
    }
  });

  it('builds every function with the shared defaults and least-privilege table access', () => {
    const functions = template.findResources('AWS::Lambda::Function') as Resources;
    for (const fn of Object.values(functions)) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        MemorySize: 512,
        Timeout: 10,
        TracingConfig: { Mode: 'Active' },
        Environment: {
          Variables: { POWERTOOLS_SERVICE_NAME: 'crm', NODE_OPTIONS: '--enable-source-maps', TABLE_NAME: expect.anything() },
        },
      });
    }
    const writers = Object.values(routes).filter((r) => r.access === 'read-write').length;
    template.resourcePropertiesCountIs(
      'AWS::IAM::Policy',
      { PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: Match.arrayWith(['dynamodb:PutItem']) })]) } },
      writers,
    );
  });

  it('logs access, throttles, and allows the SPA’s headers through CORS', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: {
        AllowHeaders: Match.arrayWith(['Authorization', 'Content-Type', 'If-Match', 'Accept-Language']),
        ExposeHeaders: Match.arrayWith(['ETag', 'Location']),
      },
    });
  });
});

describe('a webhook entry in the route table', () => {
  const webhookKey = 'POST /webhooks/orders';
  let template: Template;
  beforeAll(() => {
    template = apiTemplate({
      'GET /customers': routes['GET /customers'],
      // Shares a module with no other entry here, but may in real tables: ids come from route keys.
      [webhookKey]: { handler: 'customers/create-customer', roles: [], access: 'read-write', auth: 'webhook' },
    });
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
