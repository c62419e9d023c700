import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startObjectStore } from '../../infra/local/object-store';

/** The test bucket's name; every test file shares it (object keys carry ULIDs, so files never collide). */
export const testBucket = 'crm-test-attachments';

/**
 * One local object store (the twin's: s3rver behind the presigned-URL check) on a free port for the
 * whole integration run, in a temporary folder removed afterwards.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-s3-'));
  const store = await startObjectStore({ port: 0, host: '127.0.0.1', dataDir, bucket: testBucket, corsOrigins: ['http://localhost:5173'] });
  project.provide('s3Endpoint', store.endpoint);
  project.provide('s3Bucket', testBucket);
  return async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    s3Endpoint: string;
    s3Bucket: string;
  }
}
