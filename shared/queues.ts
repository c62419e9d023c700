/**
 * The step-queue table: work too long for one request, done a step at a time by a worker that reads
 * one message per step and sends the next. CDK makes an SQS queue (with a dead-letter queue) and the
 * worker function per entry; the local twin delivers the same messages in-process to the same module.
 * Routes that start such work name the queue in `sends` (shared/routes.ts).
 */
export interface QueueDefinition {
  /** Worker module under functions/, exporting `handler` (an SQS event handler). */
  readonly handler: string;
  readonly access: 'read' | 'read-write';
  readonly storage?: 'read' | 'read-write';
  /** Environment variable that carries the queue's URL to the functions that send to it. */
  readonly urlEnv: string;
  /** One step's budget; the queue's visibility timeout is six times this (AWS's advice for SQS triggers). */
  readonly timeoutSeconds: number;
  /** Deliveries of one message before the worker gives up and records the failure. */
  readonly maxReceives: number;
  readonly description: string;
}

export const queues = {
  'import-steps': {
    handler: 'imports/run-import-step',
    access: 'read-write',
    storage: 'read-write',
    urlEnv: 'IMPORT_QUEUE_URL',
    timeoutSeconds: 300,
    maxReceives: 3,
    description: 'Excel imports, one chunk of rows per step: split, dry run, commit (issues 3 and 4)',
  },
} as const satisfies Record<string, QueueDefinition>;

export type QueueName = keyof typeof queues;
