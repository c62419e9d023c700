import { ulid } from 'ulid';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { jobHandler } from '#core/job-handler';
import { remindStaleArchives } from './archive-freshness/remind-stale-archives';

const deps = { client: documentClient, tableName: env.tableName, now: () => new Date(), newId: () => ulid() };

/**
 * Weekly, Monday 09:00 Asia/Shanghai (shared/schedules.ts); also `npm run job -- archive-freshness`.
 * Safe to rerun or retry: each customer is reminded at most once per week.
 */
export const handler = jobHandler('archive-freshness', async () => {
  const summary = await remindStaleArchives(deps);
  return summary;
});
