import { noticeDelivery } from '#core/channels/notice-delivery';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { logger } from '#core/logger';
import { NoticeDigestRepository } from '#core/repositories/notice-digest.repository';
import { sendDigests } from './notices/send-digests';

const digests = new NoticeDigestRepository(documentClient, env.tableName);

/** Daily (shared/schedules.ts); also `npm run job -- notice-digest`. Each person's digest goes out once a day. */
export const handler = async () => {
  const summary = await sendDigests({ digests, delivery: () => noticeDelivery(documentClient, env.tableName), now: () => new Date() });
  logger.info('notice digests', { ...summary });
  return summary;
};
