import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal, stopProcessGroup } from '../../infra/local/dynamodb-local';

/** One in-memory DynamoDB Local on a free port for the whole run; each test file makes its own table. */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const { endpoint, process } = await startDynamoDbLocal({ port });
  project.provide('dynamoEndpoint', endpoint);
  return () => stopProcessGroup(process);
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
    dynamoEndpoint: string;
  }
}
