import type { Context, ScheduledEvent } from 'aws-lambda';
import { shanghaiDate } from '#shared/shanghai-time';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { jobHandler } from '#core/job-handler';
import { tierDeps } from '../tiers/deps';
import { recalculateTiers } from './recalculate-tiers/recalculate';

const deps = { ...tierDeps(), client: documentClient, tableName: env.tableName };

/**
 * Nightly at 02:00 Asia/Shanghai (shared/schedules.ts). The run is the night's date unless the event
 * names one. A run that runs short of time stops at a checkpoint and fails, so the scheduler's retry
 * resumes it where it stopped.
 */
export const handler = jobHandler('recalculate-tiers', async (event: ScheduledEvent<{ runId?: string }>, context?: Partial<Context>) => {
  const runId = event.detail?.runId ?? shanghaiDate(event.time ? new Date(event.time) : new Date());
  const summary = await recalculateTiers(deps, {
    runId,
    shouldStop: () => (context?.getRemainingTimeInMillis?.() ?? Infinity) < 60_000,
  });
  if (!summary.complete) throw new Error(`Tier recalculation ${runId} stopped early (${JSON.stringify(summary)}); it resumes on retry.`);
  return summary;
});
