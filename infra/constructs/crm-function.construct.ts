import { AssetHashType, Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { accessLogGuard } from './access-log-guard';
import { bundleHandler, FunctionBundling } from './function-bundling';
import { acknowledge, wildcardResourceFinding } from './nag.acknowledge';
import { countLines, type LineMetric } from './operations-metrics';
import { handlerEntry, repoRoot } from './repo.paths';

export interface CrmFunctionProps {
  /** Module under functions/, e.g. 'customers/get-customer'. */
  readonly handler: string;
  readonly table: ITable;
  /** Least privilege: the table access this function's route or job needs. */
  readonly access: 'read' | 'read-write';
  /** Routes answer within API Gateway's 30 s; jobs pass up to 15 minutes. */
  readonly timeout?: Duration;
  readonly description?: string;
  readonly environment?: Record<string, string>;
  /** Memory in MB; 512 unless a handler builds large files. */
  readonly memorySize?: number;
  /**
   * Object storage the function needs (shared/routes.ts `storage`): 'read' reads objects (and so may
   * presign downloads), 'read-write' also puts them (and presigns uploads). Never delete: nothing in
   * the archive is removed outright (R2). The bucket's name arrives as ATTACHMENTS_BUCKET.
   */
  readonly storage?: { readonly bucket: IBucket; readonly access: 'read' | 'read-write' };
  /** A step queue the function sends to: SendMessage on it only, its URL in `urlEnv`. */
  readonly sends?: { readonly queue: IQueue; readonly urlEnv: string };
  /**
   * 'append': the function writes archive access-log entries (shared/routes.ts `accessLog`). Every function
   * is denied changing or deleting them; only these may put one (infra/constructs/access-log-guard.ts).
   */
  readonly accessLog?: 'append';
  /** Line metrics this function's log lines count towards, besides HandlerErrors (infra/constructs/operations-metrics.ts). */
  readonly countLines?: readonly LineMetric[];
}

/** One route or job handler with the defaults every function here shares. */
export class CrmFunction extends Construct {
  readonly function: LambdaFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: CrmFunctionProps) {
    super(scope, id);

    // Lambda logs are part of the audit evidence of who did what (R2 archive reads); China's
    // Cybersecurity Law asks for network logs to be kept at least six months, so keep a year.
    // The default removal policy (retain) keeps them when a stack or function is replaced.
    this.logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_YEAR });

    // Our own role instead of AWSLambdaBasicExecutionRole: it may write to this log group only.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grant(role, 'logs:CreateLogStream', 'logs:PutLogEvents');

    this.function = new LambdaFunction(this, 'Function', {
      // Bundled by infra/constructs/function-bundling.ts (esbuild with code splitting), not NodejsFunction.
      code: Code.fromAsset(repoRoot, { assetHashType: AssetHashType.OUTPUT, bundling: new FunctionBundling(handlerEntry(props.handler)) }),
      handler: bundleHandler,
      description: props.description ?? props.handler,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      tracing: Tracing.ACTIVE,
      environment: {
        TABLE_NAME: props.table.tableName,
        POWERTOOLS_SERVICE_NAME: 'crm',
        ...(props.storage ? { ATTACHMENTS_BUCKET: props.storage.bucket.bucketName } : {}),
        ...(props.sends ? { [props.sends.urlEnv]: props.sends.queue.queueUrl } : {}),
        ...props.environment,
      },
    });

    if (props.access === 'read-write') props.table.grantReadWriteData(this.function);
    else props.table.grantReadData(this.function);
    role.addToPrincipalPolicy(accessLogGuard(props.table, props.accessLog === 'append'));

    if (props.storage) {
      const { bucket, access } = props.storage;
      bucket.grantRead(this.function);
      if (access === 'read-write') bucket.grantPut(this.function);
      acknowledge(
        role,
        wildcardResourceFinding(this, bucket, bucket.bucketArn, '/*'),
        'Objects are keyed by customer, attachment and import ids created at run time; access is to this one bucket, and no delete.',
      );
      for (const action of ['s3:GetObject*', 's3:GetBucket*', 's3:List*', ...(access === 'read-write' ? ['s3:Abort*'] : [])]) {
        acknowledge(role, `AwsSolutions-IAM5[Action::${action}]`, 'The read (and put) grant of the attachments bucket, as aws-s3 grants it; no delete action is among them.');
      }
    }
    if (props.sends) props.sends.queue.grantSendMessages(this.function);

    acknowledge(
      role,
      wildcardResourceFinding(this, props.table, props.table.tableArn, '/index/*'),
      'Queries go through the GSIs of shared/table.ts; /index/* covers exactly those indexes of this one table.',
    );
    acknowledge(
      role,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions.',
    );
    // A 500 answered by a route is handled, so Lambda's Errors metric never sees it; its ERROR line does.
    countLines(this, 'ErrorLines', this.logGroup, 'handlerErrors');
    for (const which of props.countLines ?? []) countLines(this, `${which}Lines`, this.logGroup, which);
  }
}
