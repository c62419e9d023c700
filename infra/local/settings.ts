import { resolve } from 'node:path';

/** Where the local twin keeps its data and which ports it uses. One place, so messages and docs agree. */
export const repoRoot = resolve(import.meta.dirname, '../..');
export const localDir = resolve(repoRoot, process.env.CRM_LOCAL_DIR ?? '.local');

/**
 * CRM_PORT_OFFSET moves every port by the same amount, so two checkouts on one machine can each run
 * their own twin (and its browser tests) side by side. Unset, the ports are the documented ones.
 */
export const portOffset = Number(process.env.CRM_PORT_OFFSET ?? 0) || 0;

export const ports = {
  web: 5173 + portOffset,
  api: 3001 + portOffset,
  dynamodb: 8000 + portOffset,
  cognito: 9229 + portOffset,
  /** Answers cognito-local's Lambda trigger calls (cognito-triggers.ts). */
  cognitoTriggers: 9230 + portOffset,
  /** S3-compatible object storage (s3rver) for attachments and import files; 4568 is s3rver's own default. */
  objectStorage: 4568 + portOffset,
} as const;

export const localRegion = 'cn-north-1';
export const localTableName = 'crm';
export const userPoolName = 'crm-local';
export const localBucketName = 'crm-attachments';
