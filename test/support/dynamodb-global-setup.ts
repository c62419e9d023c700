import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal, stopProcessGroup } from '../../infra/local/dynamodb-local';
import { freePort } from '../../infra/local/free-port';

/** One in-memory DynamoDB Local on a free port for the whole run; each test file makes its own table. */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const { endpoint, process } = await startDynamoDbLocal({ port });
  project.provide('dynamoEndpoint', endpoint);
  return () => stopProcessGroup(process);
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}
