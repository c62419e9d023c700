import { describe, expect, it } from 'vitest';
import { missedRun } from '../../shared/schedule-cron';

/** Issue 14: "a scheduled job that did not finish" — judged against the job's own schedule, weekly ones too. */
describe('a scheduled run that did not finish', () => {
  const weekly = '0 3 ? * 1 *'; // Sunday 03:00 Asia/Shanghai = Saturday 19:00 UTC
  const daily = '0 2 * * ? *'; // 02:00 Asia/Shanghai = 18:00 UTC the day before
  const tz = 'Asia/Shanghai';

  it('is none while the last run finished after the latest due time', () => {
    const finished = new Date('2026-11-28T19:05:00Z'); // Sunday 29 Nov 03:05 Beijing
    expect(missedRun(weekly, tz, finished, new Date('2026-12-05T20:00:00Z'))).toBeUndefined(); // six days later
  });

  it('is the weekly run whose time passed over two hours ago with no finish since', () => {
    const finished = new Date('2026-11-28T19:05:00Z');
    // Sunday 6 Dec 03:00 Beijing came and went: at 05:01 it is overdue, at 04:59 it still has time.
    expect(missedRun(weekly, tz, finished, new Date('2026-12-05T21:01:00Z'))?.toISOString()).toBe('2026-12-05T19:00:00.000Z');
    expect(missedRun(weekly, tz, finished, new Date('2026-12-05T20:59:00Z'))).toBeUndefined();
  });

  it('is caught for a daily job the day it misses, not a week later', () => {
    const finished = new Date('2026-12-03T18:10:00Z');
    expect(missedRun(daily, tz, finished, new Date('2026-12-04T19:00:00Z'))).toBeUndefined();
    expect(missedRun(daily, tz, finished, new Date('2026-12-04T20:30:00Z'))?.toISOString()).toBe('2026-12-04T18:00:00.000Z');
  });

  it('judges a job first watched after its last due time only on later runs', () => {
    const watchedSince = new Date('2026-12-01T00:00:00Z');
    expect(missedRun(weekly, tz, watchedSince, new Date('2026-12-05T12:00:00Z'))).toBeUndefined();
  });
});
