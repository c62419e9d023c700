import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startCognitoLocal } from '../../infra/local/cognito-local';
import { startCognitoTriggers } from '../../infra/local/cognito-triggers';
import { stopProcessGroup } from '../../infra/local/dynamodb-local';
import { freePort } from '../../infra/local/free-port';

/**
 * One cognito-local (the twin's, with its pre-token trigger) on free ports for the whole integration run;
 * each test file that needs accounts makes its own user pool in it (test/support/cognito.ts).
 */
export default async function setup(project: TestProject) {
  // The global setup runs outside the test workers, where vitest.config.ts's env does not reach.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-cognito-'));
  const triggers = await startCognitoTriggers(await freePort());
  const triggersPort = (triggers.address() as { port: number }).port;
  const cognito = await startCognitoLocal({ port: await freePort(), dataDir, triggersPort });
  project.provide('cognitoEndpoint', cognito.endpoint);
  project.provide('cognitoLogFile', cognito.logFile);
  project.provide('cognitoDataDir', dataDir);
  return () => {
    stopProcessGroup(cognito.process);
    triggers.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    cognitoEndpoint: string;
    cognitoLogFile: string;
    /** cognito-local's working directory: its pools are `.cognito/db/<userPoolId>.json` there. */
    cognitoDataDir: string;
  }
}
