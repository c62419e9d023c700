import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { ObjectStorage } from '#core/object-storage';
import { CustomerBatchRepository } from '#core/repositories/customer-batch.repository';
import { CustomerNameRepository } from '#core/repositories/customer-names.repository';
import { ImportJobRepository } from '#core/repositories/import-job.repository';
import { ReceivableRepository } from '#core/repositories/receivable.repository';
import { OrderRepository } from '#core/repositories/order.repository';
import { sendStep } from '#core/step-queue';
import { customerDeps, type CustomerDeps } from '../customers/deps';
import type { OrderDeps } from '../orders/deps';
import { tierDeps } from '../tiers/deps';
import type { ImportStep } from './use-cases/steps';

/** What the import use cases need: the customer and order rules they apply, the job, the files, the queue. */
export interface ImportDeps extends CustomerDeps, OrderDeps {
  imports: ImportJobRepository;
  batch: CustomerBatchRepository;
  names: CustomerNameRepository;
  storage: ObjectStorage;
  /** Sends a step to the import-steps queue, optionally delayed (a retry backs off). */
  sendStep: (step: ImportStep, delaySeconds?: number) => Promise<void>;
}

export function importDeps(client = documentClient, tableName = env.tableName, storage = new ObjectStorage()): ImportDeps {
  return {
    ...tierDeps(client, tableName),
    ...customerDeps(client, tableName),
    orders: new OrderRepository(client, tableName),
    receivables: new ReceivableRepository(client, tableName),
    imports: new ImportJobRepository(client, tableName),
    batch: new CustomerBatchRepository(client, tableName),
    names: new CustomerNameRepository(client, tableName),
    storage,
    sendStep: (step, delaySeconds) => sendStep('import-steps', step, delaySeconds),
  };
}
