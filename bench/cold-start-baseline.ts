/**
 * The cold-start benchmark's baseline (bench/cold-start.bench.ts): the least a function of ours can be,
 * a DynamoDB document client and a middy handler, bundled with the same options as every function.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import middy from '@middy/core';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: process.env.AWS_REGION }));

export const handler = middy(async (event: { id: string }) => {
  const out = await client.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { PK: event.id, SK: event.id } }));
  return out.Item ?? null;
});
