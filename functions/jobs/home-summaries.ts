import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { logger } from '#core/logger';
import { revisitDeps } from '../revisits/deps';
import { buildHomeSummaries } from './home-summaries/build-home-summaries';

const deps = { client: documentClient, tableName: env.tableName, revisits: revisitDeps(), now: () => new Date() };

/**
 * Nightly 02:30 Asia/Shanghai, after the re-tiering (shared/schedules.ts); also `npm run job -- home-summaries`.
 * Rewrites the 工作台's figures whole, so rerunning it only refreshes them.
 */
export const handler = async () => {
  const summary = await buildHomeSummaries(deps);
  logger.info('home summaries', { ...summary });
  return summary;
};
