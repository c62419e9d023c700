import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { QueueDefinition } from '#shared/queues';
import { CrmFunction } from './crm-function.construct';
import { acknowledge } from './nag.acknowledge';

export interface StepQueueWorkerProps {
  readonly name: string;
  readonly definition: QueueDefinition;
  readonly table: ITable;
  readonly bucket: IBucket;
}

/**
 * One entry of the step-queue table (shared/queues.ts): an SQS queue whose messages are the steps of
 * long jobs (an import: split, then one chunk per step), and the worker that takes them one at a time.
 * The worker sends each next step to the same queue; a step that throws is delivered again, up to
 * `maxReceives` times (its last delivery records the failure on the job), then parked in the
 * dead-letter queue. Each step stays far below Lambda's 15 minutes; a job of any size is many steps.
 */
export class StepQueueWorker extends Construct {
  readonly queue: Queue;
  readonly deadLetters: Queue;
  readonly worker: CrmFunction;

  constructor(scope: Construct, id: string, props: StepQueueWorkerProps) {
    super(scope, id);
    const { definition } = props;

    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(this.deadLetters, 'AwsSolutions-SQS3', 'This queue is itself the dead-letter queue of the step queue.');

    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS's advice for an SQS trigger: at least six times the function's timeout.
      visibilityTimeout: Duration.seconds(definition.timeoutSeconds * 6),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: definition.maxReceives },
    });

    this.worker = new CrmFunction(this, 'Worker', {
      handler: definition.handler,
      table: props.table,
      access: definition.access,
      ...(definition.storage ? { storage: { bucket: props.bucket, access: definition.storage } } : {}),
      sends: { queue: this.queue, urlEnv: definition.urlEnv },
      timeout: Duration.seconds(definition.timeoutSeconds),
      // A chunk of rows and the spreadsheet reader's buffers, with room to spare.
      memorySize: 1024,
      description: `queue ${props.name}: ${definition.description}`.slice(0, 256),
    });
    // One step per invocation: its budget is the whole timeout, and a failure repeats only that step.
    this.worker.function.addEventSource(new SqsEventSource(this.queue, { batchSize: 1 }));
  }
}
