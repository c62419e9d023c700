import type { Context, ScheduledEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../functions/core/dynamo';
import { env } from '../../functions/core/env';
import { jobHandler } from '../../functions/core/job-handler';
import { JobStatusRepository } from '../../functions/core/repositories/job-status.repository';
import { watchJobs } from '../../functions/jobs/watch-jobs/watch-jobs';

/**
 * Issue 14: every run that finishes leaves its time on the job's status item, and `watch-jobs` tells,
 * job by job, whether a due run did not finish (the JobDidNotFinish alarms count its `overdue`).
 */
const statuses = new JobStatusRepository(documentClient, env.tableName);
const tz = 'Asia/Shanghai';
const event = (id: string) => ({ id, detail: {} }) as ScheduledEvent;
const context = { awsRequestId: 'req' } as Context;

describe('a finished run', () => {
  it('is recorded on the job’s status; a failed run is not', async () => {
    await jobHandler('record-sample', async () => ({ ok: true }))(event('run-1'), context);
    const first = await statuses.get('record-sample');
    expect(first).toMatchObject({ lastRunId: 'run-1', lastFinishedAt: expect.any(String) });

    await expect(jobHandler('record-sample', async () => { throw new Error('boom'); })(event('run-2'), context)).rejects.toThrow('boom');
    expect(await statuses.get('record-sample')).toEqual(first);
  });

  it('never moves the last finish backwards (a late retry of an older run)', async () => {
    await statuses.recordFinished('monotonic-sample', 'newer', new Date('2026-12-06T03:00:00Z'));
    await statuses.recordFinished('monotonic-sample', 'older', new Date('2026-12-06T02:00:00Z'));
    expect(await statuses.get('monotonic-sample')).toMatchObject({ lastRunId: 'newer', lastFinishedAt: '2026-12-06T03:00:00.000Z' });
  });
});

describe('watch-jobs', () => {
  const weekly = { cron: '0 3 ? * 1 *' }; // Sunday 03:00 Beijing = Saturday 19:00 UTC

  it('reports a weekly job whose Sunday run did not finish, and not one whose run did', async () => {
    await statuses.recordFinished('weekly-done', 'r1', new Date('2026-12-05T19:04:00Z'));
    await statuses.recordFinished('weekly-missed', 'r0', new Date('2026-11-28T19:04:00Z'));
    const watched = await watchJobs({ statuses, schedules: { 'weekly-done': weekly, 'weekly-missed': weekly }, timeZone: tz, now: new Date('2026-12-06T02:00:00Z') });
    expect(watched).toEqual([
      { job: 'weekly-done', overdue: 0, lastFinishedAt: '2026-12-05T19:04:00.000Z' },
      { job: 'weekly-missed', overdue: 1, missedRun: '2026-12-05T19:00:00.000Z', lastFinishedAt: '2026-11-28T19:04:00.000Z' },
    ]);
  });

  it('starts watching a job that never ran and reports it once a run due after that did not finish', async () => {
    const schedules = { 'weekly-new': weekly };
    const first = await watchJobs({ statuses, schedules, timeZone: tz, now: new Date('2026-12-01T00:00:00Z') });
    expect(first).toEqual([{ job: 'weekly-new', overdue: 0 }]);
    expect(await statuses.get('weekly-new')).toEqual({ watchedSince: '2026-12-01T00:00:00.000Z' });
    // The next day's watch keeps the first watch time.
    await watchJobs({ statuses, schedules, timeZone: tz, now: new Date('2026-12-02T00:00:00Z') });
    expect(await statuses.get('weekly-new')).toEqual({ watchedSince: '2026-12-01T00:00:00.000Z' });
    const later = await watchJobs({ statuses, schedules, timeZone: tz, now: new Date('2026-12-05T22:00:00Z') });
    expect(later).toEqual([{ job: 'weekly-new', overdue: 1, missedRun: '2026-12-05T19:00:00.000Z' }]);
  });
});
