import { resolve } from 'node:path';

/** Where the local twin keeps its data and which ports it uses. One place, so messages and docs agree. */
export const repoRoot = resolve(import.meta.dirname, '../..');
export const localDir = resolve(repoRoot, process.env.CRM_LOCAL_DIR ?? '.local');

export const ports = {
  web: 5173,
  api: 3001,
  dynamodb: 8000,
  cognito: 9229,
  /** Answers cognito-local's Lambda trigger calls (cognito-triggers.ts). */
  cognitoTriggers: 9230,
  /** S3-compatible object storage (s3rver) for attachments and import files; 4568 is s3rver's own default. */
  objectStorage: 4568,
} as const;

export const localRegion = 'cn-north-1';
export const localTableName = 'crm';
export const userPoolName = 'crm-local';
export const localBucketName = 'crm-attachments';
