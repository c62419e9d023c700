import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { Cron } from 'croner';
import { onDemandJobs } from '#shared/on-demand-jobs';
import { scheduleTimezone, schedules, type ScheduleDefinition } from '#shared/schedules';
import { eventBridgeToCroner } from '#shared/schedule-cron';
import { repoRoot } from './settings';

type JobHandler = (event: ScheduledEvent, context: Context) => Promise<unknown>;

/**
 * Runs one job of the schedule table the way EventBridge Scheduler would invoke its Lambda, or one of the
 * on-demand jobs (shared/on-demand-jobs.ts), which ignore the event.
 */
export async function runJob(name: string, table: Record<string, { handler: string }> = { ...schedules, ...onDemandJobs }): Promise<unknown> {
  const job = table[name];
  if (!job) throw new Error(`No job "${name}". Jobs: ${Object.keys(table).join(', ') || '(none yet)'}`);
  const module = (await import(pathToFileURL(resolve(repoRoot, 'functions', `${job.handler}.ts`)).href)) as { handler: JobHandler };
  const event = {
    version: '0',
    id: `local-${Date.now()}`,
    'detail-type': 'Scheduled Event',
    source: 'local.scheduler',
    account: 'local',
    time: new Date().toISOString(),
    region: 'local',
    resources: [`local:schedule/${name}`],
    detail: {},
  } as ScheduledEvent;
  return module.handler(event, { awsRequestId: event.id } as Context);
}

/** The local EventBridge Scheduler: one croner timer per schedule entry, in Asia/Shanghai. */
export function startScheduler(
  table: Record<string, ScheduleDefinition> = schedules,
  run: (name: string) => Promise<unknown> = (name) => runJob(name, table),
): Cron[] {
  return Object.entries(table).map(
    ([name, job]) =>
      new Cron(eventBridgeToCroner(job.cron), { timezone: scheduleTimezone, name, protect: true }, async () => {
        try {
          await run(name);
        } catch (error) {
          console.error(`[scheduler] job ${name} failed`, error);
        }
      }),
  );
}
