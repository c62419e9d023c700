import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { preTokenGenerationFunction } from './cognito-triggers';
import { repoRoot } from './settings';
import { StartupError } from './startup-error';
import { waitFor } from './wait-for';

/** cognito-local's own log, beside its data: where it "sends" e-mail, such as a forgotten password's code. */
export const cognitoLogName = 'cognito-local.log';

/**
 * Starts cognito-local with its data under `dataDir` (it keeps `.cognito/` in its working directory)
 * in its own process group, and resolves once its JWKS route answers. Its output goes to
 * `<dataDir>/cognito-local.log` (`logFile`): cognito-local delivers no mail, it logs each message it
 * would send, with the code, there.
 */
export async function startCognitoLocal(options: {
  port: number;
  dataDir: string;
  triggersPort: number;
}): Promise<{ endpoint: string; process: ChildProcess; logFile: string }> {
  const endpoint = `http://localhost:${options.port}`;
  mkdirSync(resolve(options.dataDir, '.cognito'), { recursive: true });
  writeFileSync(
    resolve(options.dataDir, '.cognito/config.json'),
    JSON.stringify(
      {
        TokenConfig: { IssuerDomain: endpoint },
        ServerConfig: { hostname: 'localhost', port: options.port },
        // cognito-local defaults to e-mail usernames; the company signs in with staff usernames.
        UserPoolDefaults: { UsernameAttributes: [] },
        // Puts the standard `name` attribute into ID tokens, as Cognito does (cognito-triggers.ts).
        TriggerFunctions: { PreTokenGeneration: preTokenGenerationFunction },
        LambdaClient: {
          endpoint: `http://localhost:${options.triggersPort}`,
          region: 'local',
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        },
      },
      null,
      2,
    ),
  );
  const child = spawn(process.execPath, [resolve(repoRoot, 'node_modules/cognito-local/lib/bin/start.js')], {
    cwd: options.dataDir,
    env: { ...process.env, PORT: String(options.port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logFile = resolve(options.dataDir, cognitoLogName);
  const log = createWriteStream(logFile, { flags: 'a' });
  let output = '';
  const keep = (d: Buffer) => {
    log.write(d);
    if (output.length < 10_000) output += d.toString();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.once('exit', () => log.end());
  let exited = false;
  child.once('exit', () => (exited = true));
  await waitFor(
    async () => {
      if (exited) throw new StartupError(`cognito-local stopped at start-up: ${output.trim().split('\n').at(-1) ?? ''}`);
      const res = await fetch(`${endpoint}/health-check/.well-known/jwks.json`);
      if (!res.ok) throw new Error(`status ${res.status}`);
    },
    { timeoutMs: 90_000, what: 'cognito-local' },
  );
  return { endpoint, process: child, logFile };
}
