import * as z from 'zod';
import { lazySchema } from '../lazy-schema';

/** shared/download-link.ts: what an export answers instead of the file (a short-lived presigned link). */
export const downloadLinkSchema = lazySchema(() => z.object({
  url: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  expiresAt: z.string(),
  rowCount: z.number().int().optional(),
}));

/** Every 4xx and 5xx: `{ error: { code, message, fields? } }`, the message in the caller's language (Accept-Language). */
export const errorResponseSchema = lazySchema(() => z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
}));

// The generic shapes below are built when first used, like every top-level schema (shared/lazy-schema.ts):
// contract tables call them at import.

/** A page of a list: the items and the cursor of the next page (null on the last). */
export const pageOf = <T extends z.ZodType>(item: T) => lazySchema(() => z.object({ items: z.array(item), nextCursor: z.string().nullable() }));

/** `{ items }`: a whole (short) list. */
export const listOf = <T extends z.ZodType>(item: T) => lazySchema(() => z.object({ items: z.array(item) }));

const counts = lazySchema(() => z.record(z.string(), z.number().int()));
export { counts as countsSchema };

/** functions/core/repositories/versioned-settings.repository.ts StoredSettings: a setting with its version (the ETag). */
export const storedSettingsOf = <T extends z.ZodType>(settings: T) =>
  lazySchema(() => z.object({ settings, version: z.number().int(), updatedAt: z.string().optional(), updatedBy: z.string().optional() }));

/** A setting's earlier versions, newest first: each with what it replaced. */
export const settingsHistoryOf = <T extends z.ZodType>(settings: T) => lazySchema(() => listOf(storedSettingsOf(settings).extend({ previous: settings })));
