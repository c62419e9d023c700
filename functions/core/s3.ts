import { S3Client } from '@aws-sdk/client-s3';
import { env } from './env';
import { traceSdkCalls } from './sdk-tracing';

/** The local twin's S3-compatible store (s3rver) knows one account; its keys are public knowledge. */
export const localStorageCredentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/**
 * An S3 client for the attachments bucket: path-style against the local store when `S3_ENDPOINT` is
 * set (exactly like DYNAMODB_ENDPOINT for DynamoDB), the regional endpoint otherwise. Checksums only
 * when S3 requires them: a presigned URL must not carry a checksum of a body the browser sends later.
 */
export function createS3Client(endpoint = env.s3Endpoint): S3Client {
  return traceSdkCalls(new S3Client({
    region: env.region,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(endpoint ? { endpoint, forcePathStyle: true, credentials: localStorageCredentials } : {}),
  }));
}

/** One client per Lambda container, reused across invocations. */
export const s3Client = createS3Client();
