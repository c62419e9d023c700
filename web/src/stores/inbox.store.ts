import { defineStore } from 'pinia';
import { ref } from 'vue';
import { ApiError } from '../api/api-error';
import { listInbox, markAllNotificationsRead, markNotificationRead } from '../api/inbox.api';

/** How often the header asks for the unread count while the page is open (and visible). */
export const inboxPollMs = 60_000;

/**
 * The unread count behind the header's badge, shared by the bell, the drawer and the inbox page so
 * marking an item read anywhere updates the badge at once. Polled every minute and after navigation.
 */
export const useInboxStore = defineStore('inbox', () => {
  const unreadCount = ref(0);
  /** Bumped whenever items change state here, so open lists can reload. */
  const revision = ref(0);
  let timer: ReturnType<typeof setInterval> | undefined;
  let pending: Promise<void> | undefined;

  /** Fetches the count; concurrent calls share one request, and failures keep the last count. */
  function refresh(): Promise<void> {
    pending ??= listInbox({ unread: true, limit: 1 })
      .then((page) => {
        unreadCount.value = page.unreadCount;
      })
      .catch((err: unknown) => {
        // 401 is handled by the API client (back to sign-in); a missed poll is retried on the next one.
        if (!(err instanceof ApiError)) console.warn('inbox refresh failed', err);
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  }

  function start(): void {
    stop();
    void refresh();
    timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void refresh();
    }, inboxPollMs);
  }

  function stop(): void {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  }

  /** Forgets the count (sign-out), so the next user never sees the last one's badge. */
  function reset(): void {
    stop();
    unreadCount.value = 0;
  }

  async function markRead(id: string): Promise<void> {
    const result = await markNotificationRead(id);
    unreadCount.value = result.unreadCount;
    revision.value++;
  }

  /** Marks everything read; the server works in batches, so it repeats while some remain. */
  async function markAllRead(): Promise<number> {
    let marked = 0;
    for (let round = 0; round < 20; round++) {
      const result = await markAllNotificationsRead();
      marked += result.marked;
      unreadCount.value = result.unreadCount;
      if (result.unreadCount === 0 || result.marked === 0) break;
    }
    revision.value++;
    return marked;
  }

  return { unreadCount, revision, refresh, start, stop, reset, markRead, markAllRead };
});
