import { missedRun } from '#shared/schedule-cron';
import type { ScheduleDefinition } from '#shared/schedules';
import { logEvents } from '#core/log-events';
import { logger } from '#core/logger';
import type { JobStatusRepository } from '#core/repositories/job-status.repository';

export interface WatchJobsDeps {
  statuses: Pick<JobStatusRepository, 'startWatching'>;
  schedules: Readonly<Record<string, Pick<ScheduleDefinition, 'cron'>>>;
  timeZone: string;
  now: Date;
}

export interface JobWatch {
  job: string;
  /** 1 when a run that should have finished did not: the JobDidNotFinish<Job> alarm counts this. */
  overdue: 0 | 1;
  /** The scheduled time of the run that did not finish. */
  missedRun?: string;
  lastFinishedAt?: string;
}

/**
 * Compares each scheduled job's last finished run with its schedule:
 * 1. reads the job's status item, starting to watch it (now) if it has none, so a job just deployed is
 *    judged only on runs scheduled after that;
 * 2. finds the latest run that should have finished by now (the cron's last firing at least the grace
 *    period ago) and whether a run finished since;
 * 3. writes one `job watched` line per job with `overdue` 0 or 1, which a metric filter turns into the
 *    JobOverdue metric (dimension Job). Weekly jobs are watched like daily ones.
 */
export async function watchJobs(deps: WatchJobsDeps): Promise<JobWatch[]> {
  const results: JobWatch[] = [];
  for (const [job, { cron }] of Object.entries(deps.schedules)) {
    const status = await deps.statuses.startWatching(job, deps.now);
    const reference = status.lastFinishedAt ?? status.watchedSince ?? deps.now.toISOString();
    const missed = missedRun(cron, deps.timeZone, new Date(reference), deps.now);
    const result: JobWatch = {
      job,
      overdue: missed ? 1 : 0,
      ...(missed ? { missedRun: missed.toISOString() } : {}),
      ...(status.lastFinishedAt ? { lastFinishedAt: status.lastFinishedAt } : {}),
    };
    logger.info(logEvents.jobWatched, { ...result });
    results.push(result);
  }
  return results;
}
