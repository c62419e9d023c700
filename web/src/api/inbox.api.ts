import { api, type ApiAnswer } from './api-client';

export type InboxPage = ApiAnswer<'GET /inbox'>;

export async function listInbox(params: { unread?: boolean; cursor?: string; limit?: number } = {}): Promise<InboxPage> {
  const { unread, ...rest } = params;
  const { data } = await api('GET /inbox', { query: { ...rest, unread: unread ? 'true' : undefined } });
  return data;
}

/** Idempotent; answers with the caller's remaining unread count. */
export async function markNotificationRead(notificationId: string): Promise<ApiAnswer<'POST /inbox/{notificationId}/read'>> {
  const { data } = await api('POST /inbox/{notificationId}/read', { params: { notificationId } });
  return data;
}

/** Marks a bounded batch read; `unreadCount` above zero means more remain. */
export async function markAllNotificationsRead(): Promise<ApiAnswer<'POST /inbox/read-all'>> {
  const { data } = await api('POST /inbox/read-all');
  return data;
}
