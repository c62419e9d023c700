import { Cron } from 'croner';

/**
 * Turns an EventBridge cron body (minute hour day-of-month month day-of-week year) into croner's
 * five-field pattern. EventBridge numbers weekdays 1–7 from Sunday, croner 0–6; '?' means "any".
 */
export function eventBridgeToCroner(expression: string): string {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 6) throw new Error(`EventBridge cron needs 6 fields, got "${expression}"`);
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields as [string, string, string, string, string];
  const any = (f: string) => (f === '?' ? '*' : f);
  const weekday = any(dayOfWeek).replace(/\d+/g, (d) => String((Number(d) - 1 + 7) % 7));
  return [minute, hour, any(dayOfMonth), month, weekday].join(' ');
}

/**
 * How long a run may take to finish after its scheduled time before it counts as missing: Scheduler
 * retries delivery for up to an hour, Lambda retries a failed run twice, and a run lasts at most 15 minutes.
 */
export const jobFinishGraceMinutes = 120;

/**
 * The scheduled time of a run that should have finished by `now` but did not: the latest time the cron
 * fired at least the grace period ago, if no run has finished since (`finishedAt` is the last finished
 * run's end, or when watching began for a job that never finished yet). Undefined when all is well.
 * Works for any schedule, weekly and rarer ones too, which a CloudWatch alarm's 7-day look-back cannot.
 */
export function missedRun(cron: string, timeZone: string, finishedAt: Date, now: Date, graceMinutes = jobFinishGraceMinutes): Date | undefined {
  const due = new Date(now.getTime() - graceMinutes * 60_000);
  const [latest] = new Cron(eventBridgeToCroner(cron), { timezone: timeZone, paused: true }).previousRuns(1, due);
  return latest && latest.getTime() > finishedAt.getTime() ? latest : undefined;
}
