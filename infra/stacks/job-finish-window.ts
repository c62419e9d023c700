import { Duration } from 'aws-cdk-lib';

/**
 * How long the JobDidNotFinish alarm waits for a job's `job finished` line: a day and two hours for a
 * job that runs every day (an EventBridge cron with `*` or `?` for both day fields). A CloudWatch alarm
 * looks back at most seven days, too short to tell a late weekly (or rarer) run from a missing one, so
 * those get no such alarm; their failures still raise JobFailed and the JobFailures dead-letter alarm.
 */
export function jobFinishWindow(cron: string): Duration | undefined {
  const [, , dayOfMonth, , dayOfWeek] = cron.trim().split(/\s+/);
  const any = (field: string | undefined) => field === '*' || field === '?';
  return any(dayOfMonth) && any(dayOfWeek) ? Duration.hours(26) : undefined;
}
