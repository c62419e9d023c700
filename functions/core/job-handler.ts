import middy from '@middy/core';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { documentClient } from './dynamo';
import { env } from './env';
import { logContext } from './log-context';
import { logEvents } from './log-events';
import { logger } from './logger';
import { JobStatusRepository } from './repositories/job-status.repository';

const statuses = new JobStatusRepository(documentClient, env.tableName);

/**
 * A scheduled job's Lambda handler: every line of a run carries the run id (EventBridge Scheduler's
 * execution id, `event.id`, which is also in a parked run's JobFailures message); the run ends with one
 * `job finished` line (with its summary) or one `job failed` ERROR line, and a failure is rethrown so
 * Lambda retries it. A finished run is also recorded on the job's status item, which the `watch-jobs`
 * job compares with the schedule (the JobDidNotFinish alarms, infra/stacks/operations.stack.ts).
 */
export function jobHandler<D, R>(job: string, run: (event: ScheduledEvent<D>, context?: Context) => Promise<R>) {
  return middy<ScheduledEvent<D>, R>()
    .use(logContext<ScheduledEvent<D>>((event) => event.id))
    .handler(async (event, context) => {
      try {
        const summary = await run(event ?? ({} as ScheduledEvent<D>), context);
        await statuses.recordFinished(job, event?.id ?? context?.awsRequestId ?? 'unknown', new Date());
        logger.info(logEvents.jobFinished, { job, summary });
        return summary;
      } catch (error) {
        logger.error(logEvents.jobFailed, { job, error: error as Error });
        throw error;
      }
    });
}
