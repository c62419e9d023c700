import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { logger } from '#core/logger';
import { reindexCustomers } from './reindex-customers/reindex-customers';

/**
 * On demand only, not scheduled (shared/on-demand-jobs.ts): after a change to how customers are indexed
 * (a new GSI attribute, the search-entry rule), once per environment. In the cloud an operator invokes its
 * function (docs/operations.md, "On-demand jobs"); locally `npm run job -- reindex-customers`.
 */
export const handler = async () => {
  const summary = await reindexCustomers(documentClient, env.tableName);
  logger.info('customers reindexed', { ...summary });
  return summary;
};
