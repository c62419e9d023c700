import { jobHandler } from '#core/job-handler';
import { serviceDeps } from '../service/deps';
import { flagOverdueRequests } from '../service/use-cases/flag-overdue-requests';

const deps = serviceDeps();

/** Daily at 08:00 Asia/Shanghai (shared/schedules.ts): flags and escalates overdue service requests. */
export const handler = jobHandler('flag-overdue-requests', async () => {
  const summary = await flagOverdueRequests(deps);
  return summary;
});
