import type { Bilingual } from '#shared/messages';
/**
 * A reminder as every channel sends it: text in both languages (the reader's language is not known when
 * a job sends), who it is for, and where the SPA shows the matter.
 */
export interface ChannelMessage {
  /** Stable per recipient and day: the inbox dedupes on it, the outbox names its file after it. */
  id: string;
  recipientId: string;
  recipientName?: string;
  recipientEmail?: string;
  kind: string;
  title: Bilingual;
  body: Bilingual;
  link?: string;
  createdAt: string;
}

/** One way of reaching people: the in-app inbox, email, a WeCom or DingTalk group robot. */
export interface ChannelSender {
  readonly channel: string;
  send(message: ChannelMessage): Promise<void>;
}

export interface DeliveryOutcome {
  channel: string;
  recipientId: string;
  ok: boolean;
  attempts: number;
  error?: string;
}

/**
 * Sends each message through every channel. Channels run side by side and each is retried on its own
 * (`attempts` in all, with a short growing pause), so one that is down never holds up or sinks the others;
 * every outcome, failures included, is returned for the caller to record.
 */
export async function sendEverywhere(
  senders: readonly ChannelSender[],
  messages: readonly ChannelMessage[],
  options: { attempts?: number; pauseMs?: number } = {},
): Promise<DeliveryOutcome[]> {
  const attempts = options.attempts ?? 3;
  const pauseMs = options.pauseMs ?? 200;
  const jobs = senders.flatMap((sender) =>
    messages.map(async (message): Promise<DeliveryOutcome> => {
      let lastError = '';
      for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
          await sender.send(message);
          return { channel: sender.channel, recipientId: message.recipientId, ok: true, attempts: attempt };
        } catch (error) {
          lastError = (error as Error).message || String(error);
          if (attempt < attempts) await new Promise((r) => setTimeout(r, pauseMs * attempt));
        }
      }
      return { channel: sender.channel, recipientId: message.recipientId, ok: false, attempts, error: lastError.slice(0, 500) };
    }),
  );
  return Promise.all(jobs);
}

/** Plain text of a message for channels without structure (robots, email): Chinese first, then English. */
export function plainText(m: ChannelMessage): string {
  return `${m.title['zh-CN']}\n${m.body['zh-CN']}\n\n${m.title.en}\n${m.body.en}${m.link ? `\n${m.link}` : ''}`;
}
