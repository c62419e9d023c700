import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { queues as sharedQueues, type QueueDefinition } from '#shared/queues';
import { routes as sharedRoutes, splitRouteKey, type RouteDefinition } from '#shared/routes';
import { CrmFunction } from '../constructs/crm-function.construct';
import { acknowledge } from '../constructs/nag.acknowledge';
import { pascalId } from '../constructs/repo.paths';
import { StepQueueWorker } from '../constructs/step-queue-worker.construct';

export interface ApiStackProps extends StackProps {
  readonly table: ITable;
  readonly userPool: IUserPool;
  readonly userPoolClient: IUserPoolClient;
  readonly webhookSecret: ISecret;
  /** Attachments and import files; routes with `storage` are granted exactly that access to it. */
  readonly attachmentsBucket: IBucket;
  /** The step-queue table; tests pass their own. */
  readonly queues?: Readonly<Record<string, QueueDefinition>>;
  /** The route table; tests pass their own to prove a webhook entry gets no JWT authorizer. */
  readonly routes?: Readonly<Record<string, RouteDefinition>>;
  /**
   * Browser origins allowed by CORS; the site's custom domain when it has one. Otherwise `*`: the API
   * authenticates with a bearer token in the Authorization header, never a cookie, so another origin
   * gains nothing it could not do with the token itself; and naming the generated CloudFront domain
   * here would make Api depend on Web, which already depends on Api for config.json.
   */
  readonly allowedOrigins?: string[];
}

/** The HTTP API: one Lambda and one route per entry of the route table (shared/routes.ts). */
export class ApiStack extends Stack {
  readonly api: HttpApi;
  /** Base URL of the $default stage, ending in '/'. */
  readonly url: string;
  /** By route key, e.g. 'GET /customers'. */
  readonly functions: Record<string, CrmFunction> = {};
  /** By queue name, e.g. 'import-steps'. */
  readonly workers: Record<string, StepQueueWorker> = {};

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);

    const jwt = new HttpJwtAuthorizer(
      'Cognito',
      // The ID token's `iss`; urlSuffix is amazonaws.com, or amazonaws.com.cn in the China regions.
      `https://cognito-idp.${this.region}.${this.urlSuffix}/${props.userPool.userPoolId}`,
      {
        jwtAudience: [props.userPoolClient.userPoolClientId],
        identitySource: ['$request.header.Authorization'],
      },
    );

    this.api = new HttpApi(this, 'HttpApi', {
      description: 'CRM API (客户管理系统)',
      // Any route that forgets its authorizer still requires a token.
      defaultAuthorizer: jwt,
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: props.allowedOrigins ?? ['*'],
        allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Accept-Language'],
        allowMethods: [
          CorsHttpMethod.GET,
          CorsHttpMethod.POST,
          CorsHttpMethod.PUT,
          CorsHttpMethod.PATCH,
          CorsHttpMethod.DELETE,
        ],
        exposeHeaders: ['ETag', 'Location', 'Content-Disposition', 'X-Row-Count'],
        maxAge: Duration.days(1),
      },
    });

    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      // Enough for a company's staff; caps the cost of a runaway client loop.
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(
          new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_YEAR }),
        ),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            userAgent: '$context.identity.userAgent',
            routeKey: '$context.routeKey',
            path: '$context.path',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            responseLength: '$context.responseLength',
            user: '$context.authorizer.claims.sub',
            authorizerError: '$context.authorizer.error',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    this.url = stage.url;
    new CfnOutput(this, 'ApiUrl', { value: this.url });

    const queueTable: Readonly<Record<string, QueueDefinition>> = props.queues ?? sharedQueues;
    for (const [name, definition] of Object.entries(queueTable)) {
      this.workers[name] = new StepQueueWorker(this, pascalId(name), { name, definition, table: props.table, bucket: props.attachmentsBucket });
    }

    for (const [key, route] of Object.entries(props.routes ?? sharedRoutes)) {
      const { method, path } = splitRouteKey(key);
      const webhook = route.auth === 'webhook';
      const sendsTo = route.sends ? this.workers[route.sends] : undefined;
      if (route.sends && !sendsTo) throw new Error(`${key} sends to "${route.sends}", which is not in the queue table`);
      // Named by route key, not handler: one function per entry even if two entries share a module.
      const fn = new CrmFunction(this, pascalId(key), {
        handler: route.handler,
        table: props.table,
        access: route.access,
        description: key,
        environment: webhook ? { WEBHOOK_SECRET_ARN: props.webhookSecret.secretArn } : undefined,
        ...(route.storage ? { storage: { bucket: props.attachmentsBucket, access: route.storage } } : {}),
        ...(sendsTo ? { sends: { queue: sendsTo.queue, urlEnv: queueTable[route.sends!]!.urlEnv } } : {}),
        ...(route.timeoutSeconds ? { timeout: Duration.seconds(route.timeoutSeconds) } : {}),
      });
      if (webhook) props.webhookSecret.grantRead(fn.function);
      this.functions[key] = fn;

      const [httpRoute] = this.api.addRoutes({
        path,
        methods: [HttpMethod[method]],
        integration: new HttpLambdaIntegration(`${pascalId(key)}Integration`, fn.function),
        // Webhooks are signed by the order system (Standard Webhooks HMAC), which holds no JWT.
        authorizer: webhook ? new HttpNoneAuthorizer() : undefined,
      });
      if (webhook && httpRoute) {
        acknowledge(
          httpRoute,
          'AwsSolutions-APIG4',
          'The order-system webhook carries no JWT; its handler verifies the Standard Webhooks HMAC signature.',
        );
      }
    }
  }
}
