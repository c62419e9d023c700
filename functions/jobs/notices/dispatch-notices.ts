import type { ChannelMessage } from '#core/channels/channel-sender';
import type { PersonalDelivery } from '#core/channels/personal-channels';
import { forEachLimited } from '#core/concurrency';
import type { NoticeOutboxRepository, OutboxItem } from '#core/repositories/notice-outbox.repository';

export interface DispatchDeps {
  outbox: Pick<NoticeOutboxRepository, 'oldest' | 'claim' | 'record'>;
  delivery: () => Promise<PersonalDelivery>;
  now: () => Date;
  newId: () => string;
}

export interface DispatchSummary {
  notices: number;
  failedDeliveries: number;
}

/** At most this many notices a run; the next run (a minute later) takes the rest. */
const perRun = 1000;
const page = 100;

const messageOf = ({ notice: n }: OutboxItem): ChannelMessage => ({
  id: n.id,
  recipientId: n.recipientId,
  kind: n.kind,
  title: n.title,
  body: n.body,
  ...(n.link ? { link: n.link } : {}),
  createdAt: n.createdAt,
});

/**
 * Sends the notices the use cases wrote into inboxes (in the transactions of their changes) on each
 * recipient's other channels, every minute (shared/schedules.ts):
 * 1. the oldest waiting, a page at a time (a Query of the sparse outbox index);
 * 2. each is claimed (taken out of the outbox) before it is sent, so overlapping runs never send twice;
 * 3. PersonalDelivery routes it by the person's choice for its category: their channels one by one, or
 *    their daily digest; each channel retried on its own, none holding up another;
 * 4. what each channel did is recorded on the inbox item, which stays whatever happened outside.
 */
export async function dispatchNotices(deps: DispatchDeps): Promise<DispatchSummary> {
  const summary: DispatchSummary = { notices: 0, failedDeliveries: 0 };
  const runId = deps.newId();
  let delivery: PersonalDelivery | undefined;
  while (summary.notices < perRun) {
    const items = await deps.outbox.oldest(page);
    if (!items.length) break;
    delivery ??= await deps.delivery();
    let claimed = 0;
    await forEachLimited(items, 8, async (item) => {
      if (!(await deps.outbox.claim(item, runId, deps.now().toISOString()))) return;
      claimed++;
      const outcomes = await delivery!.send([messageOf(item)], { inboxWritten: true });
      await deps.outbox.record(item, outcomes, deps.now().toISOString());
      summary.notices++;
      summary.failedDeliveries += outcomes.filter((o) => !o.ok).length;
    });
    // Another run took this whole page meanwhile: leave the rest to it.
    if (!claimed) break;
  }
  return summary;
}
