import middy from '@middy/core';
import type { SQSEvent } from 'aws-lambda';
import { logContext } from '#core/log-context';
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
export const handler = middy<SQSEvent, void>()
  // One message per invocation (batch size 1): every line carries the import job's id.
  .use(logContext<SQSEvent>((event) => (JSON.parse(event.Records[0]?.body ?? '{}') as Partial<ImportStep>).importId))
  .handler(async (event) => {
    for (const record of event.Records) {
      await runImportStep(deps, JSON.parse(record.body) as ImportStep, {
        receiveCount: Number(record.attributes.ApproximateReceiveCount ?? 1),
        maxReceives: queues['import-steps'].maxReceives,
      });
    }
  });
