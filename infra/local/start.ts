/**
 * `npm start`: the local twin. DynamoDB Local, cognito-local, the API server over the route table,
 * the scheduler over the schedule table and the Vite dev server, with the demo seed; prints where
 * everything is and runs until Ctrl-C, which stops every process it started.
 * `npm start -- --reset` throws the local data away first. `--preview` serves the production build
 * (web/dist, from `npm run build:web`) with `vite preview` instead of the dev server: what is deployed,
 * which the browser tests use.
 */
import './twin-env';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDocumentClient } from '#core/dynamo';
import { StaffMfaRepository } from '#core/repositories/staff-mfa.repository';
import { roleLabels } from '#shared/roles';
import { createApiServer } from './api-server';
import { installLocalQueues } from './local-queues';
import { startObjectStore } from './object-store';
import { startCognitoLocal } from './cognito-local';
import { startCognitoTriggers } from './cognito-triggers';
import { reindexCustomers } from '../../functions/jobs/reindex-customers/reindex-customers';
import { refreshHomeSummaries } from './home-summaries';
import { ensureTable } from './create-table';
import { createDemoUsers } from './create-demo-users';
import { unitDeps } from '../../functions/units/deps';
import { seedFirstUnits } from '../../functions/units/use-cases/units';
import { demoPassword, demoUsers } from './demo-users';
import { userDeps } from '../../functions/users/deps';
import { enrolDemoTotp } from './demo-totp';
import { requireJava, startDynamoDbLocal, stopProcessGroup } from './dynamodb-local';
import { writeEndpoints, type Endpoints } from './endpoints-file';
import { startScheduler } from './jobs';
import { requireFreePort } from './port-check';
import { provisionCognito } from './provision-cognito';
import { seed } from './seed/seed';
import { localBucketName, localDir, localRegion, localTableName, ports, repoRoot } from './settings';
import { StartupError } from './startup-error';
import { cognitoLocalVerifier } from './token-verifier';
import { localWebhookSecret } from './webhook-secret';

const children: ChildProcess[] = [];
let stopping = false;

function stopAll(code: number): never {
  stopping = true;
  for (const child of children.reverse()) stopProcessGroup(child);
  process.exit(code);
}

async function main() {
  const reset = process.argv.includes('--reset');
  requireJava();
  await requireFreePort(ports.dynamodb, 'DynamoDB Local');
  await requireFreePort(ports.cognito, 'cognito-local');
  await requireFreePort(ports.cognitoTriggers, 'cognito-local triggers');
  await requireFreePort(ports.api, 'local API');
  await requireFreePort(ports.web, 'Vite dev server');
  await requireFreePort(ports.objectStorage, 'object storage (s3rver)');

  if (reset) rmSync(localDir, { recursive: true, force: true });
  prepareDataFolder();

  const dynamo = await startDynamoDbLocal({ port: ports.dynamodb, dataDir: resolve(localDir, 'dynamodb') }).catch((error: unknown) => {
    throw new StartupError(`${(error as Error).message} If the data folder is damaged, run: npm start -- --reset`);
  });
  children.push(dynamo.process);
  watch(dynamo.process, 'DynamoDB Local');

  const raw = new DynamoDBClient({ endpoint: dynamo.endpoint, region: localRegion, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const { addedIndexes } = await ensureTable(raw, localTableName);
  process.env.WEBHOOK_SECRET = localWebhookSecret();

  // In-process, like the object store: it stops with this process.
  await startCognitoTriggers(ports.cognitoTriggers);
  const cognito = await startCognitoLocal({ port: ports.cognito, dataDir: resolve(localDir, 'cognito'), triggersPort: ports.cognitoTriggers });
  children.push(cognito.process);
  watch(cognito.process, 'cognito-local');
  const pool = await provisionCognito(cognito.endpoint);
  // The API's user-pool port (functions/core/accounts) finds cognito-local and the pool here.
  process.env.COGNITO_ENDPOINT = cognito.endpoint;
  process.env.USER_POOL_ID = pool.userPoolId;
  // The first business units, then the demo users through staff administration's own use case (their
  // units must exist), before the seed gives them customers.
  await seedFirstUnits(unitDeps(createDocumentClient(dynamo.endpoint), localTableName));
  await createDemoUsers(userDeps(createDocumentClient(dynamo.endpoint), localTableName), demoUsers);
  // Admins must have TOTP (shared/admin-mfa.ts): the demo admins have it from the start, their secrets listed
  // below and in endpoints.json; the directory records it as POST /me/mfa would once the SPA asks.
  const totpSecrets = new Map<string, string>();
  const mfa = new StaffMfaRepository(createDocumentClient(dynamo.endpoint), localTableName);
  for (const admin of demoUsers.filter((u) => u.role === 'admin')) {
    const secret = await enrolDemoTotp(cognito.endpoint, pool, { username: admin.username, password: demoPassword }, resolve(localDir, 'cognito'));
    totpSecrets.set(admin.username, secret);
    await mfa.record({ username: admin.username, totp: true, checkedAt: new Date().toISOString() });
  }

  const { created } = await seed(createDocumentClient(dynamo.endpoint), localTableName);
  // Data kept from before an index existed gets its index attributes and search entries now.
  if (addedIndexes.length) await reindexCustomers(createDocumentClient(dynamo.endpoint), localTableName);
  // The 工作台's figures as a night's run would leave them (issue 12), so they show from the first sign-in.
  await refreshHomeSummaries(createDocumentClient(dynamo.endpoint), localTableName);

  // In-process (s3rver is a Node server): it stops with this process on Ctrl-C.
  const storage = await startObjectStore({
    port: ports.objectStorage,
    dataDir: resolve(localDir, 's3'),
    bucket: localBucketName,
    corsOrigins: [`http://localhost:${ports.web}`],
  });
  // Import jobs go step by step through the same worker module as in the cloud, delivered in-process.
  installLocalQueues();

  const webUrl = `http://localhost:${ports.web}`;
  const apiUrl = `http://localhost:${ports.api}`;
  const api = createApiServer({
    verifyToken: cognitoLocalVerifier(cognito.endpoint, pool.userPoolId, pool.userPoolClientId),
    corsOrigin: webUrl,
  });
  await new Promise<void>((done) => api.listen(ports.api, done));
  const timers = startScheduler();

  const endpoints: Endpoints = {
    apiUrl,
    webUrl,
    region: localRegion,
    userPoolId: pool.userPoolId,
    userPoolClientId: pool.userPoolClientId,
    userPoolEndpoint: cognito.endpoint,
    dynamodbEndpoint: dynamo.endpoint,
    s3Endpoint: storage.endpoint,
    attachmentsBucket: localBucketName,
    webhookSecret: process.env.WEBHOOK_SECRET,
    users: demoUsers.map((u) => ({
      username: u.username,
      password: demoPassword,
      role: u.role,
      name: u.name,
      ...(u.unitId ? { unitId: u.unitId } : {}),
      ...(totpSecrets.has(u.username) ? { totpSecret: totpSecrets.get(u.username) } : {}),
    })),
    cognitoLog: cognito.logFile,
  };
  writeEndpoints(endpoints);

  const preview = process.argv.includes('--preview');
  if (preview && !existsSync(resolve(repoRoot, 'web/dist/index.html'))) {
    throw new StartupError('--preview serves the production build, and web/dist has none: run npm run build:web first.');
  }
  const viteArgs = [...(preview ? ['preview'] : []), '--config', 'web/vite.config.ts', '--port', String(ports.web), '--strictPort'];
  const vite = spawn(resolve(repoRoot, 'node_modules/.bin/vite'), viteArgs, {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(vite);
  watch(vite, preview ? 'Vite preview server' : 'Vite dev server');
  await new Promise<void>((done) => {
    vite.stdout?.on('data', (d: Buffer) => {
      if (/ready in|Local:/.test(d.toString())) done();
    });
  });

  printBanner(endpoints, created, timers.length);
}

function prepareDataFolder() {
  if (existsSync(localDir) && !statSync(localDir).isDirectory()) {
    throw new StartupError(`${localDir} is not a folder. Move it away or run: npm start -- --reset`);
  }
  mkdirSync(resolve(localDir, 'dynamodb'), { recursive: true });
  mkdirSync(resolve(localDir, 'cognito'), { recursive: true });
}

function watch(child: ChildProcess, what: string) {
  child.once('exit', (code) => {
    if (stopping) return;
    console.error(`${what} stopped unexpectedly (exit ${code}); stopping the local twin. Run npm start again (or npm start -- --reset if the data folder is damaged).`);
    stopAll(1);
  });
}

function printBanner(e: Endpoints, created: number, jobs: number) {
  const lines = [
    '',
    '客户管理系统 · 本地环境已启动 / local twin is running',
    `  Web (SPA):        ${e.webUrl}`,
    `  API:              ${e.apiUrl}`,
    `  Cognito (local):  ${e.userPoolEndpoint}  pool ${e.userPoolId}`,
    `  DynamoDB Local:   ${e.dynamodbEndpoint}  table ${localTableName}  data in ${localDir}`,
    `  Object storage:   ${e.s3Endpoint}  bucket ${e.attachmentsBucket} (s3rver)  data in ${resolve(localDir, 's3')}`,
    `  Scheduler:        ${jobs} job(s) from shared/schedules.ts (Asia/Shanghai)`,
    `  Seed:             ${created ? `${created} demo customers created` : 'demo data already present (kept)'}`,
    '',
    `演示账号 / demo sign-ins (password 密码: ${demoPassword})`,
    ...e.users.map((u) => `  ${u.username.padEnd(13)} ${roleLabels[u.role].zh} / ${roleLabels[u.role].en}${u.unitId ? ` · ${u.unitId}` : ''}`),
    '',
    ...e.users
      .filter((u) => u.totpSecret)
      .map((u) => `两步验证 / TOTP for ${u.username}: key 密钥 ${u.totpSecret} — add it to an authenticator app, or run: npm run totp -- ${u.username}`),
    `忘记密码的验证码 / forgot-password codes (no mail is sent locally): ${e.cognitoLog}`,
    '',
    `Endpoints for scripts and tests: ${resolve(localDir, 'endpoints.json')}`,
    'Ctrl-C stops everything. 按 Ctrl-C 停止。',
    '',
  ];
  console.log(lines.join('\n'));
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
main().catch((error: unknown) => {
  console.error(error instanceof StartupError ? `✖ ${error.message}` : error);
  stopAll(1);
});
