/**
 * Log messages that CloudWatch metric filters count (infra/constructs/operations-metrics.ts): the code
 * that logs them and the filters that match them read the same strings from here.
 */
export const logEvents = {
  /** ERROR: a request answered 500 (functions/core/http/error-response.ts). Every ERROR line is counted, this one included. */
  unhandledError: 'unhandled error',
  /** WARN: a webhook delivery whose signature matched none of the secrets. */
  webhookSignatureRejected: 'webhook signature rejected',
  /** INFO: an order event for a customer nobody could find, kept for Sales to match. */
  orderEventUnmatched: 'order event kept unmatched',
  /** INFO: a job run that ran to its end; its absence for longer than the job's period raises an alarm. */
  jobFinished: 'job finished',
  /** INFO: `watch-jobs` on one scheduled job, `overdue` 1 when a run that should have finished did not (JobDidNotFinish alarm). */
  jobWatched: 'job watched',
  /** ERROR: a job run that threw (Lambda retries it, then parks it in JobFailures). */
  jobFailed: 'job failed',
} as const;
