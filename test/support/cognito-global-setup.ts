import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startCognitoLocal } from '../../infra/local/cognito-local';
import { startCognitoTriggers } from '../../infra/local/cognito-triggers';
import { stopProcessGroup } from '../../infra/local/dynamodb-local';

/**
 * One cognito-local (with the twin's pre-token trigger) for the whole run, as the twin starts it;
 * each test file that signs in makes its own user pool (test/support/cognito.ts).
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cognito-'));
  const triggers = await startCognitoTriggers(await freePort());
  const triggersPort = (triggers.address() as { port: number }).port;
  const cognito = await startCognitoLocal({ port: await freePort(), dataDir, triggersPort });
  project.provide('cognitoEndpoint', cognito.endpoint);
  project.provide('cognitoLogFile', cognito.logFile);
  return () => {
    stopProcessGroup(cognito.process);
    triggers.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    cognitoEndpoint: string;
    cognitoLogFile: string;
  }
}
