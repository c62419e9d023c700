import * as z from 'zod';
import type { Notification } from './notification.schema';
import { lazySchema } from '../lazy-schema';

/** GET /inbox: the caller's own items, newest first; `unread=true` for unread ones only. */
export const inboxQuerySchema = lazySchema(() => z.strictObject({
  unread: z.stringbool().optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}));
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export interface InboxPage {
  items: Notification[];
  nextCursor: string | null;
  /** For the badge: all unread items, not only this page's. */
  unreadCount: number;
}
