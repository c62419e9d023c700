import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { env } from './env';
import { traceSdkCalls } from './sdk-tracing';

export function createDocumentClient(endpoint = env.dynamoEndpoint): DynamoDBDocumentClient {
  const client = traceSdkCalls(new DynamoDBClient({
    region: env.region,
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  }));
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}

/** One client per Lambda container, reused across invocations. */
export const documentClient = createDocumentClient();
