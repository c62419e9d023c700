import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { chunkReportSchema, importJobSchema, type ChunkReport, type ImportJob } from '#shared/schemas/import.schema';
import { DomainError } from '../errors';
import { keys, withoutKeys } from '../keys';
import { queryPartition } from './query-pages';
import { failedConditions } from './transaction-errors';
import { versionGuard } from './versioned-write';

/**
 * Import jobs and their chunk reports. The job item carries the progress; every change of it is
 * conditional on the version read, so a step delivered twice, or a commit clicked twice, changes it once.
 */
export class ImportJobRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(job: ImportJob): Promise<void> {
    await this.client.send(new PutCommand({ TableName: this.tableName, Item: this.item(job), ConditionExpression: 'attribute_not_exists(PK)' }));
  }

  async get(id: string): Promise<ImportJob | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.importJob(id), ConsistentRead: true }));
    return out.Item ? importJobSchema.parse(withoutKeys(out.Item)) : undefined;
  }

  /** An importer's jobs, newest first. */
  async listBy(userId: string, page: { limit: number; cursor?: string }) {
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, { ...keys.importsOf(userId), ...page, newestFirst: true });
    return { items: items.map((i) => importJobSchema.parse(withoutKeys(i))), nextCursor };
  }

  /**
   * Replaces the job (version + 1 expected in `after`) and, in the same transaction, writes a chunk's
   * report: the progress and the report of what a step did are never out of step with each other.
   * 412 when the job changed meanwhile.
   */
  async save(before: ImportJob, after: ImportJob, report?: ChunkReport): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: this.item(after),
                ...versionGuard(before.version),
              },
            },
            ...(report
              ? [{ Put: { TableName: this.tableName, Item: { ...keys.importReport(report.importId, report.report, report.chunk), type: 'import-report', ...chunkReportSchema.parse(report) } } }]
              : []),
          ],
        }),
      );
    } catch (error) {
      if (failedConditions(error)?.[0]) throw new DomainError('precondition_failed', 'precondition_failed');
      throw error;
    }
  }

  /** A page of chunk reports in row order: at most `maxChunks` chunks per page, with a cursor to go on. */
  async reports(id: string, report: 'validation' | 'commit', page: { maxChunks: number; afterChunk?: number }) {
    const prefix = keys.importReportPrefix(report);
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': keys.importJob(id).PK,
          ':from': page.afterChunk === undefined ? prefix : `${keys.importReport(id, report, page.afterChunk).SK}~`,
          ':to': `${prefix}~`,
        },
        Limit: page.maxChunks,
      }),
    );
    const items = (out.Items ?? []).map((i) => chunkReportSchema.parse(withoutKeys(i)));
    return { items, more: out.LastEvaluatedKey !== undefined };
  }

  private item(job: ImportJob) {
    return { ...keys.importJob(job.id), ...keys.importJobIndexes(job), type: 'import-job', ...importJobSchema.parse(job) };
  }
}
