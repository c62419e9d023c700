import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { jobHandler } from '#core/job-handler';
import { scanLiveCustomers } from './archive-freshness/scan-live-customers';
import { revisitDeps } from '../revisits/deps';
import { remindRevisits } from '../revisits/use-cases/remind-revisits';

const deps = revisitDeps();

/**
 * Daily 08:30 Asia/Shanghai (shared/schedules.ts); also `npm run job -- revisit-reminders`.
 * Safe to rerun: each obligation is reminded at most once per Shanghai day.
 */
export const handler = jobHandler('revisit-reminders', async () => {
  const summary = await remindRevisits(deps, (visit) => scanLiveCustomers(documentClient, env.tableName, visit));
  return summary;
});
