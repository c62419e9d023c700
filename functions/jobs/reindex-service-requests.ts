import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { logger } from '#core/logger';
import { reindexServiceRequests } from './reindex-records/reindex-service-requests';

/**
 * On demand only (shared/on-demand-jobs.ts): once per environment after a change to how service requests are
 * indexed. In the cloud an operator invokes its function (docs/operations.md, "On-demand jobs"); locally
 * `npm run job -- reindex-service-requests`.
 */
export const handler = async () => {
  const summary = await reindexServiceRequests(documentClient, env.tableName);
  logger.info('service requests reindexed', { ...summary });
  return summary;
};
