import type { InboxPage } from '#shared/schemas/inbox.schema';
import { apiRequest } from './api-client';

export async function listInbox(params: { unread?: boolean; cursor?: string; limit?: number } = {}): Promise<InboxPage> {
  const { unread, ...rest } = params;
  const { data } = await apiRequest<InboxPage>('GET', '/inbox', { query: { ...rest, unread: unread ? 'true' : undefined } });
  return data;
}

/** Idempotent; answers with the caller's remaining unread count. */
export async function markNotificationRead(id: string): Promise<{ unreadCount: number }> {
  const { data } = await apiRequest<{ unreadCount: number }>('POST', `/inbox/${encodeURIComponent(id)}/read`);
  return data;
}

/** Marks a bounded batch read; `unreadCount` above zero means more remain. */
export async function markAllNotificationsRead(): Promise<{ marked: number; unreadCount: number }> {
  const { data } = await apiRequest<{ marked: number; unreadCount: number }>('POST', '/inbox/read-all');
  return data;
}
