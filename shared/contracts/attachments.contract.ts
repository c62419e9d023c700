import { attachmentReadQuerySchema, attachmentUploadSchema } from '../schemas/attachment.schema';
import { defineContracts } from './route-contract';

export const attachmentsContracts = defineContracts({
  'POST /customers/{customerId}/attachments': { body: attachmentUploadSchema },
  'GET /customers/{customerId}/attachments': { query: attachmentReadQuerySchema },
  'GET /customers/{customerId}/attachments/{attachmentId}': { query: attachmentReadQuerySchema },
});
