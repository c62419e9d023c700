import { Duration } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { FilterPattern, MetricFilter, type ILogGroup } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { logEvents } from '#core/log-events';

/** Our own metrics, counted from log lines by metric filters; the alarms and the dashboard read them. */
export const crmNamespace = 'Crm';

/**
 * Each metric, and the JSON log lines that count towards it. The code that writes the lines takes its
 * messages from functions/core/log-events.ts, as these patterns do.
 */
export const lineMetrics = {
  /** Every ERROR line of any function: a 500 answered by a route (handled, so Lambda's Errors stays 0), a job that failed. */
  handlerErrors: { metricName: 'HandlerErrors', pattern: FilterPattern.stringValue('$.level', '=', 'ERROR') },
  webhookSignatureFailures: { metricName: 'WebhookSignatureFailures', pattern: FilterPattern.stringValue('$.message', '=', logEvents.webhookSignatureRejected) },
  unmatchedOrderEvents: { metricName: 'UnmatchedOrderEvents', pattern: FilterPattern.stringValue('$.message', '=', logEvents.orderEventUnmatched) },
  /** Per job (dimension `Job`, from the line's `job` field). */
  jobsFinished: { metricName: 'JobFinished', pattern: FilterPattern.stringValue('$.message', '=', logEvents.jobFinished), dimensions: { Job: '$.job' } },
  /** Per job: `watch-jobs` writes `overdue` 0 or 1 for each job every 15 minutes (functions/jobs/watch-jobs/watch-jobs.ts). */
  jobsOverdue: { metricName: 'JobOverdue', pattern: FilterPattern.stringValue('$.message', '=', logEvents.jobWatched), dimensions: { Job: '$.job' }, value: '$.overdue' },
} as const;

export type LineMetric = keyof typeof lineMetrics;

/** A metric filter on `logGroup` adding 1 (or the line's `value` field) to the metric for each matching line. */
export function countLines(scope: Construct, id: string, logGroup: ILogGroup, which: LineMetric): MetricFilter {
  const { metricName, pattern, ...rest } = lineMetrics[which] as { metricName: string; pattern: ReturnType<typeof FilterPattern.stringValue>; dimensions?: Record<string, string>; value?: string };
  return new MetricFilter(scope, id, {
    logGroup,
    metricNamespace: crmNamespace,
    metricName,
    filterPattern: pattern,
    metricValue: rest.value ?? '1',
    ...(rest.dimensions ? { dimensions: rest.dimensions } : {}),
  });
}

/** The summed metric across every log group that counts it (filters without dimensions publish one series). */
export function lineMetric(which: LineMetric, period: Duration = Duration.minutes(5), dimensionsMap?: Record<string, string>, statistic = 'Sum'): Metric {
  return new Metric({ namespace: crmNamespace, metricName: lineMetrics[which].metricName, statistic, period, dimensionsMap });
}
