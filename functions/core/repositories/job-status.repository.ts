import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { keys } from '../keys';
import { lazySchema } from '../../../shared/lazy-schema';

const jobStatusSchema = lazySchema(() => z.object({
  lastFinishedAt: z.string().optional(),
  lastRunId: z.string().optional(),
  watchedSince: z.string().optional(),
}));
export type JobStatus = z.infer<typeof jobStatusSchema>;

/**
 * One item per scheduled job (`JOB#<job>` / `STATUS`): when its last run finished, written by every run
 * (functions/core/job-handler.ts), and since when `watch-jobs` watches it. Never moves backwards: a
 * retried older run finishing late leaves a newer finish in place.
 */
export class JobStatusRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(job: string): Promise<JobStatus | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.jobStatus(job), ConsistentRead: true }));
    return out.Item ? jobStatusSchema.parse(out.Item) : undefined;
  }

  async recordFinished(job: string, runId: string, at: Date): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.jobStatus(job),
          UpdateExpression: 'SET lastFinishedAt = :at, lastRunId = :run, #type = :type',
          ConditionExpression: 'attribute_not_exists(lastFinishedAt) OR lastFinishedAt < :at',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':at': at.toISOString(), ':run': runId, ':type': 'job-status' },
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }

  /** Marks the start of watching a job that has no status yet; returns the status as it now stands. */
  async startWatching(job: string, at: Date): Promise<JobStatus> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.jobStatus(job),
          UpdateExpression: 'SET watchedSince = :at, #type = :type',
          ConditionExpression: 'attribute_not_exists(watchedSince)',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':at': at.toISOString(), ':type': 'job-status' },
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
    return (await this.get(job)) ?? {};
  }
}
