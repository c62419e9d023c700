import { shanghaiDate } from '#shared/shanghai-time';
import type { ChannelMessage } from '#core/channels/channel-sender';
import type { PersonalDelivery } from '#core/channels/personal-channels';
import type { DigestEntry, NoticeDigestRepository } from '#core/repositories/notice-digest.repository';

export interface DigestDeps {
  digests: Pick<NoticeDigestRepository, 'pending' | 'claim' | 'record' | 'remove'>;
  delivery: () => Promise<PersonalDelivery>;
  now: () => Date;
}

export interface DigestSummary {
  recipients: number;
  notices: number;
  alreadyToday: number;
  failedDeliveries: number;
}

/** One message listing a person's waiting notices, newest last, in both languages. */
export function digestMessage(recipientId: string, day: string, entries: readonly DigestEntry[], at: string): ChannelMessage {
  const lines = (lang: 'zh-CN' | 'en') => entries.map((e) => `• ${e.message.title[lang]}${e.message.link ? ` (${e.message.link})` : ''}`).join('\n');
  return {
    id: `digest-${recipientId}-${day}`,
    recipientId,
    kind: 'notice-digest',
    title: { 'zh-CN': `每日提醒摘要（${day}）：${entries.length} 条`, en: `Daily digest (${day}): ${entries.length} notice(s)` },
    body: { 'zh-CN': `以下提醒已在系统消息中，请及时处理：\n${lines('zh-CN')}`, en: `These notices are in your inbox:\n${lines('en')}` },
    link: '/inbox',
    createdAt: at,
  };
}

/**
 * The daily digest (shared/schedules.ts): for each person with notices waiting (a Query of the pending
 * index), one message on the channels they chose for those notices' categories; each person's digest is
 * claimed for the Shanghai day first (a rerun sends nothing twice), what each channel did is recorded, and
 * the notices sent are taken off the queue. The notices themselves are in the inbox already.
 */
export async function sendDigests(deps: DigestDeps): Promise<DigestSummary> {
  const now = deps.now();
  const at = now.toISOString();
  const day = shanghaiDate(now);
  const summary: DigestSummary = { recipients: 0, notices: 0, alreadyToday: 0, failedDeliveries: 0 };
  const waiting = await deps.digests.pending();
  if (!waiting.size) return summary;
  const delivery = await deps.delivery();
  for (const [recipientId, entries] of waiting) {
    if (!(await deps.digests.claim(recipientId, day, at))) {
      summary.alreadyToday++;
      continue;
    }
    const outcomes = await delivery.sendDigest(digestMessage(recipientId, day, entries, at), entries.map((e) => e.message.kind));
    await deps.digests.record(recipientId, day, entries.map((e) => e.message.id), outcomes);
    await deps.digests.remove(entries);
    summary.recipients++;
    summary.notices += entries.length;
    summary.failedDeliveries += outcomes.filter((o) => !o.ok).length;
  }
  return summary;
}
