import { describe, expect, it } from 'vitest';
import { onDemandJobs } from '../../shared/on-demand-jobs';
import { schedules } from '../../shared/schedules';
import { runJob } from '../../infra/local/jobs';

describe('npm run job -- <name>', () => {
  it('knows the on-demand jobs beside the scheduled ones, and names them all when asked for another', async () => {
    expect(Object.keys(onDemandJobs)).toContain('reindex-customers');
    expect(Object.keys(schedules)).not.toContain('reindex-customers');
    const refusal = runJob('no-such-job');
    await expect(refusal).rejects.toThrow(/No job "no-such-job"/);
    await expect(refusal).rejects.toThrow(new RegExp([...Object.keys(schedules), ...Object.keys(onDemandJobs)].join(', ')));
  });
});
