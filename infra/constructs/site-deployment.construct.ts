import { Stack, Token } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledge, wildcardResourceFinding } from './nag.acknowledge';
import { webDist, webDistExists } from './repo.paths';

export interface SiteDeploymentProps {
  readonly bucket: Bucket;
  readonly distribution: IDistribution;
  /** Written as /config.json, which the SPA fetches at start-up (deploy-time values allowed). */
  readonly config: Record<string, string>;
}

/** Uploads web/dist when it has been built, and always the runtime config.json. */
export class SiteDeployment extends Construct {
  constructor(scope: Construct, id: string, props: SiteDeploymentProps) {
    super(scope, id);

    const deployment = new BucketDeployment(this, 'Deployment', {
      destinationBucket: props.bucket,
      sources: [
        // Absent before `npm run build:web`: synth and the infra tests must not need the SPA build.
        ...(webDistExists() ? [Source.asset(webDist)] : []),
        Source.jsonData('config.json', props.config),
      ],
      // Every file is revalidated (a cheap 304): a new index.html, config.json or chunk is never
      // hidden behind a browser cache, and staff never run a stale build against a newer API.
      cacheControl: [CacheControl.noCache()],
      distribution: props.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
      logGroup: new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH }),
    });

    // The handler is a singleton Lambda that aws-cdk-lib provides, with its own role and policy.
    const handler = deployment.handlerRole.node.scope ?? deployment;
    const bucket = props.bucket;
    const reasons: Record<string, string> = {
      'AwsSolutions-L1': "The runtime of BucketDeployment's handler is chosen by aws-cdk-lib, not by us.",
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
        "aws-cdk-lib gives BucketDeployment's handler the basic execution policy; it only writes its own logs.",
      // The CDK bootstrap assets bucket with the default qualifier (the region is literal when the stack has one).
      [`AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${Token.isUnresolved(Stack.of(this).region) ? '<AWS::Region>' : Stack.of(this).region}/*]`]:
        'The handler reads the staged asset zips from the CDK bootstrap assets bucket.',
      'AwsSolutions-IAM5[Action::s3:GetBucket*]': 'aws-cdk-lib grants bucket reads with its standard S3 read action set.',
      'AwsSolutions-IAM5[Action::s3:GetObject*]': 'aws-cdk-lib grants object reads with its standard S3 read action set.',
      'AwsSolutions-IAM5[Action::s3:List*]': 'Syncing needs to list the assets and the site bucket.',
      'AwsSolutions-IAM5[Action::s3:Abort*]': 'Syncing uploads objects (multipart) into the site bucket only.',
      'AwsSolutions-IAM5[Action::s3:DeleteObject*]': 'Syncing prunes stale files from the site bucket only.',
      [wildcardResourceFinding(handler, bucket, bucket.bucketArn, '/*')]:
        'The handler writes every object of the site bucket, and only of that bucket.',
      'AwsSolutions-IAM5[Resource::*]':
        'aws-cdk-lib grants cloudfront:CreateInvalidation and GetInvalidation on * to invalidate after upload.',
    };
    for (const [ruleId, reason] of Object.entries(reasons)) acknowledge(handler, ruleId, reason);
  }
}
