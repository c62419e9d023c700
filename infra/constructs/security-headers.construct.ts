import { Duration, Stack } from 'aws-cdk-lib';
import { HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface SecurityHeadersProps {
  /** The API base URL: the SPA's only backend besides Cognito. */
  readonly apiUrl: string;
  /** Presigned uploads and downloads go straight to this bucket. */
  readonly attachmentsBucket: IBucket;
}

/** The SPA's response headers; the CSP names exactly the origins the SPA talks to. */
export class SecurityHeaders extends Construct {
  readonly policy: ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: SecurityHeadersProps) {
    super(scope, id);
    const { region, urlSuffix } = Stack.of(this);
    const attachments = `https://${props.attachmentsBucket.bucketRegionalDomainName}`;
    const csp = [
      "default-src 'self'",
      "script-src 'self'",
      // Element Plus sets inline styles at run time.
      "style-src 'self' 'unsafe-inline'",
      `img-src 'self' data: blob: ${attachments}`,
      "font-src 'self' data:",
      `connect-src 'self' ${props.apiUrl} https://cognito-idp.${region}.${urlSuffix} ${attachments}`,
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ].join('; ');

    this.policy = new ResponseHeadersPolicy(this, 'Policy', {
      comment: 'CRM SPA security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()', override: true },
        ],
      },
    });
  }
}
