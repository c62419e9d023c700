import { forEachLimited } from '#core/concurrency';
import type { Principal } from '#core/principal';
import type { InboxDeps } from '../deps';

/** At most this many per request; the unread count in the answer tells the SPA whether any remain. */
const batch = 500;

/** Marks the caller's unread items read, a bounded batch per request. */
export async function markAllRead(deps: InboxDeps, principal: Principal): Promise<{ marked: number; unreadCount: number }> {
  const keys = await deps.inbox.unreadKeys(principal.id, batch);
  const at = deps.now().toISOString();
  await forEachLimited(keys, 8, (key) => deps.inbox.markRead(principal.id, key, at));
  return { marked: keys.length, unreadCount: await deps.inbox.unreadCount(principal.id) };
}
