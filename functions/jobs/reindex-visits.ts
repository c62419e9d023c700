import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { logger } from '#core/logger';
import { reindexVisits } from './reindex-records/reindex-visits';

/**
 * On demand only (shared/on-demand-jobs.ts): once per environment after a change to how visits are indexed
 * (the open-step entries of issue 12). In the cloud an operator invokes its function (docs/operations.md,
 * "On-demand jobs"); locally `npm run job -- reindex-visits`.
 */
export const handler = async () => {
  const summary = await reindexVisits(documentClient, env.tableName);
  logger.info('visits reindexed', { ...summary });
  return summary;
};
