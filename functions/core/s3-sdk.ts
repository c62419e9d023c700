/** What ObjectStorage needs of the SDK, in one module so that it can load it on first use (object-storage.ts). */
export { GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand } from '@aws-sdk/client-s3';
export { getSignedUrl } from '@aws-sdk/s3-request-presigner';
export { s3Client } from './s3';
