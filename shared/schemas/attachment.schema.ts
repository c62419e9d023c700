import * as z from 'zod';
import { purposeSchema } from '../archive-access';
import { attachmentCategories, attachmentContentTypes, attachmentMaxBytes, cleanFileName, extensionFits } from '../attachments';
import { roles } from '../roles';
import { lazySchema } from '../lazy-schema';

/**
 * An attachment of a customer archive (R2). `pending` from the upload request until object storage
 * holds a file of the declared type and size; then `stored`. A file that differs from its request is
 * `rejected` and never shown. Nothing is deleted (R2: nothing is removed outright).
 */
export const attachmentSchema = lazySchema(() => z.object({
  id: z.string(),
  customerId: z.string(),
  category: z.enum(attachmentCategories),
  fileName: z.string(),
  contentType: z.enum(attachmentContentTypes),
  size: z.number().int().positive(),
  objectKey: z.string(),
  status: z.enum(['pending', 'stored', 'rejected']),
  uploadedBy: z.object({ id: z.string(), name: z.string(), role: z.enum(roles) }),
  requestedAt: z.iso.datetime(),
  storedAt: z.iso.datetime().optional(),
  note: z.string().max(200).optional(),
}));
export type Attachment = z.infer<typeof attachmentSchema>;

/** POST /customers/{id}/attachments: the file the browser is about to upload. */
export const attachmentUploadSchema = lazySchema(() => z
  .strictObject({
    fileName: z.string().transform(cleanFileName).pipe(z.string().min(1, { error: 'attachment.fileName' })),
    contentType: z.enum(attachmentContentTypes, { error: 'attachment.type' }),
    size: z.number().int().min(1, { error: 'attachment.size' }).max(attachmentMaxBytes, { error: 'attachment.size' }),
    category: z.enum(attachmentCategories).default('other'),
    note: z.string().trim().max(200).optional(),
  })
  .refine((a) => extensionFits(a.fileName, a.contentType), { error: 'attachment.type', path: ['fileName'] }));
export type AttachmentUploadInput = z.infer<typeof attachmentUploadSchema>;

/** GET …/attachments and …/attachments/{id}: the purpose a VIP or key customer's files need (R2). */
export const attachmentReadQuerySchema = lazySchema(() => z.strictObject({ purpose: purposeSchema.optional() }));
