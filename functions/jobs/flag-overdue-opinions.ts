import { jobHandler } from '#core/job-handler';
import { opinionDeps } from '../opinions/deps';
import { flagOverdueOpinions } from '../opinions/use-cases/flag-overdue-opinions';

const deps = opinionDeps();

/** Daily at 08:05 Asia/Shanghai (shared/schedules.ts): flags and escalates customer opinions not answered in time. */
export const handler = jobHandler('flag-overdue-opinions', async () => flagOverdueOpinions(deps));
