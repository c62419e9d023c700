import type { SQSClient } from '@aws-sdk/client-sqs';
import { queues, type QueueName } from '#shared/queues';
import { env } from './env';
import { traceSdkCalls } from './sdk-tracing';

/** Delivers a step message without SQS: installed by the local twin and the tests (infra/local/local-queues.ts). */
export type LocalStepDispatcher = (queue: QueueName, message: unknown, delaySeconds: number) => void;

// On globalThis, so the twin's server and the handler modules it imports share one dispatcher
// whatever module instances a loader makes.
const slot = Symbol.for('crm.localStepDispatcher');
type Slot = { [slot]?: LocalStepDispatcher };

export function setLocalStepDispatcher(dispatcher: LocalStepDispatcher | undefined): void {
  (globalThis as Slot)[slot] = dispatcher;
}

let sqs: SQSClient | undefined;

/**
 * Sends the next step of a long job (shared/queues.ts). In the cloud the queue's URL is in the
 * environment (CDK sets it for the routes that `send` to it, and for the worker) and SQS delivers the
 * message to the worker function; locally the twin's dispatcher delivers it in-process.
 */
export async function sendStep(queue: QueueName, message: unknown, delaySeconds = 0): Promise<void> {
  const url = process.env[queues[queue].urlEnv];
  if (url) {
    // Loaded when the first step is sent, not at cold start: most routes of a capability that can
    // start such work (an import's status, its list) never send one.
    const { SendMessageCommand, SQSClient } = await import('@aws-sdk/client-sqs');
    sqs ??= traceSdkCalls(new SQSClient({ region: env.region }));
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: JSON.stringify(message), DelaySeconds: Math.min(900, delaySeconds) }));
    return;
  }
  const local = (globalThis as Slot)[slot];
  if (!local) throw new Error(`No step queue "${queue}": ${queues[queue].urlEnv} is not set and no local dispatcher is installed.`);
  local(queue, message, delaySeconds);
}
