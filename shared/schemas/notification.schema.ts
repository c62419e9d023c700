import * as z from 'zod';
import { lazySchema } from '../lazy-schema';

/**
 * An in-app inbox item. `kind` says what it is about (the SPA picks an icon and a link from it);
 * the text is stored in both languages because the reader's language is not known when it is written.
 */
export const notificationSchema = lazySchema(() => z.object({
  id: z.string(),
  recipientId: z.string(),
  kind: z.string(),
  title: z.object({ 'zh-CN': z.string(), en: z.string() }),
  body: z.object({ 'zh-CN': z.string(), en: z.string() }),
  /** Where the SPA links to, e.g. `/customers/<id>`. */
  link: z.string().optional(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().optional(),
}));
export type Notification = z.infer<typeof notificationSchema>;
