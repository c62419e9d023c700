import { ulid } from 'ulid';
import { noticeDelivery } from '#core/channels/notice-delivery';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { logger } from '#core/logger';
import { NoticeOutboxRepository } from '#core/repositories/notice-outbox.repository';
import { dispatchNotices } from './notices/dispatch-notices';

const outbox = new NoticeOutboxRepository(documentClient, env.tableName);

/** Every minute (shared/schedules.ts); also `npm run job -- dispatch-notices`. Safe to overlap and rerun. */
export const handler = async () => {
  const summary = await dispatchNotices({ outbox, delivery: () => noticeDelivery(documentClient, env.tableName), now: () => new Date(), newId: ulid });
  if (summary.notices) logger.info('notices dispatched', { ...summary });
  return summary;
};
