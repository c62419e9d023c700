import { notFound } from '#core/errors';
import type { Principal } from '#core/principal';
import type { InboxDeps } from '../deps';

/**
 * Marks one of the caller's items read (idempotent: an item already read stays as it is).
 * Another person's item is not found, the same as one that does not exist.
 */
export async function markRead(deps: InboxDeps, id: string, principal: Principal): Promise<{ unreadCount: number }> {
  const key = await deps.inbox.findKey(principal.id, id);
  if (!key) throw notFound();
  if (!key.readAt) await deps.inbox.markRead(principal.id, key, deps.now().toISOString());
  return { unreadCount: await deps.inbox.unreadCount(principal.id) };
}
