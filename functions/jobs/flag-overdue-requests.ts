import { logger } from '#core/logger';
import { serviceDeps } from '../service/deps';
import { flagOverdueRequests } from '../service/use-cases/flag-overdue-requests';

const deps = serviceDeps();

/** Daily at 08:00 Asia/Shanghai (shared/schedules.ts): flags and escalates overdue service requests. */
export const handler = async () => {
  const summary = await flagOverdueRequests(deps);
  logger.info('overdue service requests', summary);
  return summary;
};
