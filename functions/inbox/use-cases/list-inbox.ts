import type { InboxPage, InboxQuery } from '#shared/schemas/inbox.schema';
import type { Principal } from '#core/principal';
import type { InboxDeps } from '../deps';

/** The caller's own inbox, newest first, with the unread count for the badge. Nobody reads another's inbox. */
export async function listInbox(deps: InboxDeps, query: InboxQuery, principal: Principal): Promise<InboxPage> {
  const [page, unreadCount] = await Promise.all([
    deps.inbox.list(principal.id, { unread: query.unread, limit: query.limit, cursor: query.cursor }),
    deps.inbox.unreadCount(principal.id),
  ]);
  return { ...page, unreadCount };
}
