import { Cron } from 'croner';
import { describe, expect, it } from 'vitest';
import { eventBridgeToCroner } from '../../shared/schedule-cron';

describe('EventBridge cron in the local scheduler', () => {
  it.each([
    ['0 2 * * ? *', '0 2 * * *'],
    ['30 8 ? * 2 *', '30 8 * * 1'], // EventBridge 2 = Monday
    ['0 9 ? * 1 *', '0 9 * * 0'], // EventBridge 1 = Sunday
    ['0 9 ? * MON-FRI *', '0 9 * * MON-FRI'],
    ['0 0 1 1,4,7,10 ? *', '0 0 1 1,4,7,10 *'],
  ])('%s → %s', (eventBridge, croner) => {
    expect(eventBridgeToCroner(eventBridge)).toBe(croner);
  });

  it('fires a nightly 02:00 job at 02:00 Asia/Shanghai (18:00 UTC)', () => {
    const job = new Cron(eventBridgeToCroner('0 2 * * ? *'), { timezone: 'Asia/Shanghai', paused: true });
    expect(job.nextRun(new Date('2026-11-27T12:00:00Z'))?.toISOString()).toBe('2026-11-27T18:00:00.000Z');
    job.stop();
  });

  it('refuses expressions that are not six fields', () => {
    expect(() => eventBridgeToCroner('0 2 * * *')).toThrow(/6 fields/);
  });
});
