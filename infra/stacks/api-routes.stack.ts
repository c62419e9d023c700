import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpAuthorizer, HttpAuthorizerType, HttpMethod, HttpNoneAuthorizer, HttpRoute, HttpRouteKey, type IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { QueueDefinition } from '#shared/queues';
import { splitRouteKey, type RouteDefinition } from '#shared/routes';
import { CrmFunction } from '../constructs/crm-function.construct';
import { allowMailSending, type MailSettings } from '../constructs/mail-sending';
import { acknowledge } from '../constructs/nag.acknowledge';
import { allowUserPoolAccess } from '../constructs/user-pool-access';
import { pascalId } from '../constructs/repo.paths';
import type { StepQueueWorker } from '../constructs/step-queue-worker.construct';

export interface ApiRoutesStackProps extends StackProps {
  readonly api: IHttpApi;
  /** The API stack's JWT authorizer (api.stack.ts). */
  readonly authorizerId: string;
  readonly table: ITable;
  readonly webhookSecret: ISecret;
  /** Attachments and import files; routes with `storage` are granted exactly that access to it. */
  readonly attachmentsBucket: IBucket;
  readonly workers: Readonly<Record<string, StepQueueWorker>>;
  readonly queueTable: Readonly<Record<string, QueueDefinition>>;
  /** This stack's entries of the route table. */
  readonly routes: Readonly<Record<string, RouteDefinition>>;
  /** The configured email sender; routes with `mail: 'send'` may send as it. Absent: they have no mail transport. */
  readonly mail?: MailSettings;
  /** The staff user pool; routes with `accounts` are granted exactly that access to it. */
  readonly userPool: IUserPool;
}

/** One Lambda and one route of the HTTP API per entry given: the routes of one capability (functions/<capability>/). */
export class ApiRoutesStack extends Stack {
  /** By route key, e.g. 'GET /customers'. */
  readonly functions: Record<string, CrmFunction> = {};
  /** Route keys of the webhook routes (`auth: 'webhook'`): they get their own throttle (api-stage.stack.ts). */
  readonly webhookRoutes: string[] = [];

  constructor(scope: Construct, id: string, props: ApiRoutesStackProps) {
    super(scope, id, props);
    const jwt = HttpAuthorizer.fromHttpAuthorizerAttributes(this, 'Cognito', {
      authorizerId: props.authorizerId,
      authorizerType: HttpAuthorizerType.JWT,
    });

    for (const [key, route] of Object.entries(props.routes)) {
      const { method, path } = splitRouteKey(key);
      const webhook = route.auth === 'webhook';
      const sendsTo = route.sends ? props.workers[route.sends] : undefined;
      if (route.sends && !sendsTo) throw new Error(`${key} sends to "${route.sends}", which is not in the queue table`);
      // Named by route key, not handler: one function per entry even if two entries share a module.
      const fn = new CrmFunction(this, pascalId(key), {
        handler: route.handler,
        table: props.table,
        access: route.access,
        description: key,
        environment: webhook ? { WEBHOOK_SECRET_ARN: props.webhookSecret.secretArn } : undefined,
        ...(route.storage ? { storage: { bucket: props.attachmentsBucket, access: route.storage } } : {}),
        ...(sendsTo ? { sends: { queue: sendsTo.queue, urlEnv: props.queueTable[route.sends!]!.urlEnv } } : {}),
        ...(route.timeoutSeconds ? { timeout: Duration.seconds(route.timeoutSeconds) } : {}),
        ...(route.accessLog ? { accessLog: route.accessLog } : {}),
        // The order webhook's refused deliveries and kept-unmatched events feed their alarms (operations.stack.ts).
        ...(webhook ? { countLines: ['webhookSignatureFailures', 'unmatchedOrderEvents'] as const } : {}),
      });
      if (webhook) {
        props.webhookSecret.grantRead(fn.function);
        this.webhookRoutes.push(key);
      }
      if (route.mail === 'send' && props.mail) allowMailSending(fn, props.mail);
      if (route.accounts) allowUserPoolAccess(fn, props.userPool, route.accounts);
      this.functions[key] = fn;

      const httpRoute = new HttpRoute(this, `${pascalId(key)}Route`, {
        httpApi: props.api,
        routeKey: HttpRouteKey.with(path, HttpMethod[method]),
        integration: new HttpLambdaIntegration(`${pascalId(key)}Integration`, fn.function),
        // Webhooks are signed by the order system (Standard Webhooks HMAC), which holds no JWT.
        authorizer: webhook ? new HttpNoneAuthorizer() : jwt,
      });
      if (webhook) {
        acknowledge(
          httpRoute,
          'AwsSolutions-APIG4',
          'The order-system webhook carries no JWT; its handler verifies the Standard Webhooks HMAC signature.',
        );
      }
    }
  }
}

/** The stack a route's function lives in: its capability, the folder under functions/ (e.g. 'customers'). */
export function routeCapability(route: RouteDefinition): string {
  return route.handler.split('/')[0]!;
}
