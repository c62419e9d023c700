import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { InboxRepository } from '#core/repositories/inbox.repository';

/** What the inbox use cases need, created once per container. Tests build their own. */
export interface InboxDeps {
  inbox: InboxRepository;
  now: () => Date;
}

export function inboxDeps(client = documentClient, tableName = env.tableName): InboxDeps {
  return { inbox: new InboxRepository(client, tableName), now: () => new Date() };
}
