import * as z from 'zod';
import { confidentialSections } from '../archive-sections';
import { attachmentReadQuerySchema, attachmentSchema, attachmentUploadSchema } from '../schemas/attachment.schema';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

/** functions/core/object-storage.ts PresignedUpload: where and how the browser puts the file. */
const presignedUploadSchema = lazySchema(() => z.object({ url: z.string(), method: z.literal('PUT'), headers: z.record(z.string(), z.string()), expiresAt: z.string() }));

/** A customer archive's files (R2): uploaded and handed out through short-lived presigned links. */
export const attachmentsContracts = defineContracts({
  'POST /customers/{customerId}/attachments': {
    summary: 'Ask to upload a file (a presigned PUT)',
    body: attachmentUploadSchema,
    status: 201,
    response: lazySchema(() => z.object({ attachment: attachmentSchema, upload: presignedUploadSchema })),
  },
  'GET /customers/{customerId}/attachments': {
    summary: 'The stored files (a VIP or key customer’s need a purpose; the reading is logged)',
    query: attachmentReadQuerySchema,
    response: lazySchema(() => z.object({ items: z.array(attachmentSchema), maskedSections: z.array(z.enum(confidentialSections)) })),
  },
  'GET /customers/{customerId}/attachments/{attachmentId}': {
    summary: 'A download link for one file (logged)',
    query: attachmentReadQuerySchema,
    response: lazySchema(() => z.object({ url: z.string(), expiresAt: z.string(), fileName: z.string(), contentType: z.string(), size: z.number().int() })),
  },
});
