import { scheduleTimezone, schedules } from '#shared/schedules';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { jobHandler } from '#core/job-handler';
import { JobStatusRepository } from '#core/repositories/job-status.repository';
import { watchJobs } from './watch-jobs/watch-jobs';

const statuses = new JobStatusRepository(documentClient, env.tableName);

/** Every 15 minutes (shared/schedules.ts): did each scheduled job's last run finish? (JobDidNotFinish alarms) */
export const handler = jobHandler('watch-jobs', async () => {
  const watched = await watchJobs({ statuses, schedules, timeZone: scheduleTimezone, now: new Date() });
  return { watched: watched.length, overdue: watched.filter((w) => w.overdue).map((w) => w.job) };
});
