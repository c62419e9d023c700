import { ulid } from 'ulid';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { ObjectStorage } from '#core/object-storage';
import { AccessLogRepository } from '#core/repositories/access-log.repository';
import { AttachmentRepository } from '#core/repositories/attachment.repository';
import { CustomerRepository } from '#core/repositories/customer.repository';

/** What the attachment use cases need, created once per container. Tests build their own. */
export interface AttachmentDeps {
  customers: CustomerRepository;
  attachments: AttachmentRepository;
  accessLog: AccessLogRepository;
  storage: ObjectStorage;
  now: () => Date;
  newId: () => string;
}

export function attachmentDeps(client = documentClient, tableName = env.tableName, storage = new ObjectStorage()): AttachmentDeps {
  return {
    customers: new CustomerRepository(client, tableName),
    attachments: new AttachmentRepository(client, tableName),
    accessLog: new AccessLogRepository(client, tableName),
    storage,
    now: () => new Date(),
    newId: () => ulid(),
  };
}
