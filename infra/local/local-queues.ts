import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context, SQSEvent } from 'aws-lambda';
import { queues, type QueueDefinition, type QueueName } from '#shared/queues';
import { setLocalStepDispatcher } from '#core/step-queue';
import { repoRoot } from './settings';

type QueueHandler = (event: SQSEvent, context: Context) => Promise<unknown>;

/**
 * The local stand-in for SQS and its Lambda trigger: each message sent to a queue of shared/queues.ts
 * is handed, after the sender's call returns (as with SQS), to the same worker module the cloud runs,
 * as an SQS event of one record. A worker that throws gets the message again, with
 * ApproximateReceiveCount raised, up to the queue's `maxReceives` (then it would go to the dead-letter queue).
 */
export function installLocalQueues(table: Readonly<Record<string, QueueDefinition>> = queues): { idle: () => Promise<void> } {
  const handlers = new Map<string, Promise<QueueHandler>>();
  const load = (handler: string) => {
    if (!handlers.has(handler)) {
      const url = pathToFileURL(resolve(repoRoot, 'functions', `${handler}.ts`)).href;
      handlers.set(handler, import(url).then((m: { handler: QueueHandler }) => m.handler));
    }
    return handlers.get(handler)!;
  };
  const inFlight = new Set<Promise<void>>();

  const deliver = async (name: string, definition: QueueDefinition, body: string, receiveCount: number): Promise<void> => {
    const handler = await load(definition.handler);
    try {
      await handler(sqsEvent(name, body, receiveCount), { awsRequestId: `local-${Date.now()}` } as Context);
    } catch (error) {
      if (receiveCount >= definition.maxReceives) {
        console.error(`[queue ${name}] message failed ${receiveCount} times; in the cloud it would now be in the dead-letter queue`, error);
        return;
      }
      await new Promise((done) => setTimeout(done, 100 * receiveCount));
      await deliver(name, definition, body, receiveCount + 1);
    }
  };

  setLocalStepDispatcher((queue: QueueName, message: unknown, delaySeconds: number) => {
    const definition = table[queue];
    if (!definition) throw new Error(`No queue "${queue}" in the queue table`);
    const body = JSON.stringify(message);
    const run = new Promise<void>((done) => setTimeout(done, delaySeconds * 1000)).then(() => deliver(queue, definition, body, 1));
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
  });

  return {
    /** Resolves once no message is being delivered (tests; a step sends its successor before it ends). */
    idle: async () => {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
  };
}

function sqsEvent(queue: string, body: string, receiveCount: number): SQSEvent {
  const now = String(Date.now());
  return {
    Records: [
      {
        messageId: `local-${now}-${Math.random().toString(36).slice(2)}`,
        receiptHandle: 'local',
        body,
        attributes: {
          ApproximateReceiveCount: String(receiveCount),
          SentTimestamp: now,
          SenderId: 'local',
          ApproximateFirstReceiveTimestamp: now,
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: `arn:aws:sqs:local:000000000000:${queue}`,
        awsRegion: 'local',
      },
    ],
  };
}
