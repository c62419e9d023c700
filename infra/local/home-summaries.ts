import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { buildHomeSummaries } from '../../functions/jobs/home-summaries/build-home-summaries';
import { revisitDeps } from '../../functions/revisits/deps';

/** The nightly home-summaries job, run once at start-up over the twin's table (the same use case as the job). */
export async function refreshHomeSummaries(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  await buildHomeSummaries({ client, tableName, revisits: revisitDeps(client, tableName), now: () => new Date() });
}
