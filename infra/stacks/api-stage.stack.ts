import { Stack, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CfnStage, HttpStage, LogGroupLogDestination, type IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

export interface ApiStageStackProps extends StackProps {
  readonly api: IHttpApi;
  /** Route keys with no JWT (the order webhook): each gets `webhookThrottle` instead of the stage's. */
  readonly webhookRoutes: readonly string[];
}

/** Every route's limit unless it has its own: enough for a company's staff, and caps a runaway client loop. */
export const stageThrottle = { rateLimit: 50, burstLimit: 100 } as const;
/**
 * The order webhook's own limit: it takes unauthenticated requests, so whoever floods it is held here,
 * before any signature check runs, without touching the staff's routes. Well above what an order
 * system sends (a few events a second at peak); a throttled delivery gets 429 and is retried by the sender.
 */
export const webhookThrottle = { rateLimit: 20, burstLimit: 40 } as const;

/**
 * The API's $default stage: access log and throttles. In a stack of its own, deployed after the route
 * stacks, because a per-route throttle may only name routes that already exist.
 */
export class ApiStageStack extends Stack {
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: ApiStageStackProps) {
    super(scope, id, props);

    this.accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_YEAR });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: props.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: stageThrottle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            // The Lambda request id: the `function_request_id` of the handler's log lines (docs/operations.md).
            integrationRequestId: '$context.integration.requestId',
            time: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            userAgent: '$context.identity.userAgent',
            routeKey: '$context.routeKey',
            path: '$context.path',
            status: '$context.status',
            integrationStatus: '$context.integration.integrationStatus',
            latencyMs: '$context.responseLatency',
            integrationLatencyMs: '$context.integration.latency',
            responseLength: '$context.responseLength',
            user: '$context.authorizer.claims.sub',
            authorizerError: '$context.authorizer.error',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    (this.stage.node.defaultChild as CfnStage).routeSettings = Object.fromEntries(
      props.webhookRoutes.map((routeKey) => [
        routeKey,
        { ThrottlingRateLimit: webhookThrottle.rateLimit, ThrottlingBurstLimit: webhookThrottle.burstLimit },
      ]),
    );
  }
}
