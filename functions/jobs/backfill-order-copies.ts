import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { logger } from '#core/logger';
import { backfillOrderCopies } from './backfill-order-copies/backfill-order-copies';

/**
 * On demand only (shared/on-demand-jobs.ts): once per environment after the deployment of issue 17's per-customer
 * order events, so customers' pages show the orders applied before it. In the cloud an operator invokes its
 * function (docs/operations.md, "On-demand jobs"); locally `npm run job -- backfill-order-copies`.
 */
export const handler = async () => {
  const summary = await backfillOrderCopies(documentClient, env.tableName);
  logger.info('order copies backfilled', { ...summary });
  return summary;
};
