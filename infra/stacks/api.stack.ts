import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { CorsHttpMethod, HttpApi, HttpAuthorizer, HttpAuthorizerType } from 'aws-cdk-lib/aws-apigatewayv2';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { queues as sharedQueues, type QueueDefinition } from '#shared/queues';
import { pascalId } from '../constructs/repo.paths';
import { StepQueueWorker } from '../constructs/step-queue-worker.construct';

export interface ApiStackProps extends StackProps {
  readonly table: ITable;
  readonly userPool: IUserPool;
  readonly userPoolClient: IUserPoolClient;
  /** Import files the step workers read. */
  readonly attachmentsBucket: IBucket;
  /** The step-queue table; tests pass their own. */
  readonly queues?: Readonly<Record<string, QueueDefinition>>;
  /**
   * Browser origins allowed by CORS; the site's custom domain when it has one. Otherwise `*`: the API
   * authenticates with a bearer token in the Authorization header, never a cookie, so another origin
   * gains nothing it could not do with the token itself; and naming the generated CloudFront domain
   * here would make Api depend on Web, which already depends on Api for config.json.
   */
  readonly allowedOrigins?: string[];
}

/**
 * The HTTP API itself: the API, the Cognito JWT authorizer and the step-queue workers. Its routes and
 * their functions live in one stack per capability (api-routes.stack.ts), because one Lambda per route
 * outgrows CloudFormation's 500 resources per stack; its stage in api-stage.stack.ts, after the routes.
 */
export class ApiStack extends Stack {
  readonly api: HttpApi;
  /** Base URL of the $default stage, ending in '/'. */
  readonly url: string;
  /** The JWT authorizer every route but the webhook's uses. */
  readonly authorizer: HttpAuthorizer;
  /** By queue name, e.g. 'import-steps'. */
  readonly workers: Record<string, StepQueueWorker> = {};
  readonly queueTable: Readonly<Record<string, QueueDefinition>>;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);

    this.api = new HttpApi(this, 'HttpApi', {
      description: 'CRM API (客户管理系统)',
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

    this.authorizer = new HttpAuthorizer(this, 'Cognito', {
      httpApi: this.api,
      type: HttpAuthorizerType.JWT,
      // The ID token's `iss`; urlSuffix is amazonaws.com, or amazonaws.com.cn in the China regions.
      jwtIssuer: `https://cognito-idp.${this.region}.${this.urlSuffix}/${props.userPool.userPoolId}`,
      jwtAudience: [props.userPoolClient.userPoolClientId],
      identitySource: ['$request.header.Authorization'],
    });

    // The $default stage lives in Crm-Api-Stage, deployed after the routes (its per-route throttle must
    // name routes that exist); its URL is the API's endpoint.
    this.url = `${this.api.apiEndpoint}/`;
    new CfnOutput(this, 'ApiUrl', { value: this.url });

    this.queueTable = props.queues ?? sharedQueues;
    for (const [name, definition] of Object.entries(this.queueTable)) {
      this.workers[name] = new StepQueueWorker(this, pascalId(name), { name, definition, table: props.table, bucket: props.attachmentsBucket });
    }
  }
}
