import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HttpVersion,
  PriceClass,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { ObjectOwnership, type IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { acknowledge } from '../constructs/nag.acknowledge';
import { SecureBucket } from '../constructs/secure-bucket.construct';
import { SecurityHeaders } from '../constructs/security-headers.construct';
import { SiteDeployment } from '../constructs/site-deployment.construct';

export interface WebStackProps extends StackProps {
  readonly apiUrl: string;
  readonly userPool: IUserPool;
  readonly userPoolClient: IUserPoolClient;
  readonly attachmentsBucket: IBucket;
  /** Optional custom domain; its ACM certificate must be in us-east-1 (a CloudFront rule). */
  readonly domain?: { readonly names: string[]; readonly certificateArn: string };
}

/** The SPA: a private bucket behind CloudFront, plus the runtime config.json it reads at start-up. */
export class WebStack extends Stack {
  readonly distribution: Distribution;
  readonly url: string;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);

    // CloudFront standard logs are written with ACLs, so this bucket keeps ACLs (bucket owner preferred).
    const logs = new SecureBucket(this, 'Logs', {
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
    });
    const site = new SecureBucket(this, 'Site', { serverAccessLogsBucket: logs, serverAccessLogsPrefix: 's3/' });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'CRM SPA',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(site),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: new SecurityHeaders(this, 'SecurityHeaders', {
          apiUrl: props.apiUrl,
          attachmentsBucket: props.attachmentsBucket,
        }).policy,
        compress: true,
      },
      // Client-side routes (/customers/123) are not objects: the private bucket answers 403.
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: '/index.html',
        ttl: Duration.seconds(0),
      })),
      httpVersion: HttpVersion.HTTP2_AND_3,
      // North America, Europe and Asia (including Hong Kong, Japan, Singapore): where the staff are.
      priceClass: PriceClass.PRICE_CLASS_200,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      ...(props.domain
        ? {
            domainNames: props.domain.names,
            certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    this.url = `https://${props.domain?.names[0] ?? this.distribution.distributionDomainName}`;

    new SiteDeployment(this, 'Deploy', {
      bucket: site,
      distribution: this.distribution,
      config: {
        region: this.region,
        userPoolId: props.userPool.userPoolId,
        userPoolClientId: props.userPoolClient.userPoolClientId,
        apiUrl: props.apiUrl,
        // The app client allows SRP only (crm-user-pool.construct.ts); the twin's config says USER_PASSWORD_AUTH.
        authFlowType: 'USER_SRP_AUTH',
      },
    });

    new CfnOutput(this, 'SiteUrl', { value: this.url });
    new CfnOutput(this, 'DistributionId', { value: this.distribution.distributionId });

    if (!props.domain) {
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR4',
        'Without a custom domain CloudFront serves its default *.cloudfront.net certificate, whose TLS policy cannot be raised; deploy with a domain and us-east-1 certificate to enforce TLS 1.2.',
      );
    }
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR1',
      'Staff sign in from wherever they travel and every API call needs a token, so a geo restriction would only lock them out.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR2',
      'The distribution serves only static SPA files and the API is protected by JWT and throttling, so WAF is not worth its monthly cost yet.',
    );
  }
}
