import type { SQSEvent } from 'aws-lambda';
import { queues } from '#shared/queues';
import { importDeps } from './deps';
import { runImportStep } from './use-cases/run-import-step';
import type { ImportStep } from './use-cases/steps';

const deps = importDeps();

/**
 * The import-steps queue's worker (SQS trigger, one message per invocation): each message is one step
 * of one import job. A step that throws is redelivered by the queue; its last delivery records the
 * failure on the job instead (run-import-step.ts).
 */
export async function handler(event: SQSEvent): Promise<void> {
  for (const record of event.Records) {
    await runImportStep(deps, JSON.parse(record.body) as ImportStep, {
      receiveCount: Number(record.attributes.ApproximateReceiveCount ?? 1),
      maxReceives: queues['import-steps'].maxReceives,
    });
  }
}
