import { describe, expect, it } from 'vitest';
import type { ChannelMessage, ChannelSender } from '../../functions/core/channels/channel-sender';
import { PersonalDelivery, sendersFor, type ChannelTransports } from '../../functions/core/channels/personal-channels';
import { defaultNotificationSettings, type NotificationSettings } from '../../shared/schemas/notification-settings.schema';

/** Transports that note what they were asked to send, and where. */
function recording() {
  const sent: string[] = [];
  const sender = (channel: string, where = ''): ChannelSender => ({
    channel,
    send: async (m) => void sent.push(`${m.recipientId}:${channel}${where ? `@${where}` : ''}${m.recipientEmail ? `<${m.recipientEmail}>` : ''}`),
  });
  const transports: ChannelTransports = {
    inbox: sender('inbox'),
    email: () => sender('email'),
    wecom: (url) => sender('wecom', url),
    dingtalk: (url, secret) => sender('dingtalk', `${url}${secret ? '+signed' : ''}`),
  };
  return { sent, transports };
}

const message = (recipientId: string): ChannelMessage => ({
  id: `m-${recipientId}`,
  recipientId,
  kind: 'test',
  title: { 'zh-CN': '标题', en: 'Title' },
  body: { 'zh-CN': '正文', en: 'Body' },
  createdAt: '2026-11-27T00:00:00.000Z',
});

const everything: NotificationSettings = {
  email: { enabled: true, address: 'a@b.cn' },
  wecom: { enabled: true, webhookUrl: 'W' },
  dingtalk: { enabled: true, webhookUrl: 'D', secret: 'SECx' },
};

describe('a person’s reminder channels', () => {
  it('are the inbox alone until they choose more', () => {
    const { transports } = recording();
    expect(sendersFor(defaultNotificationSettings, transports).map((s) => s.channel)).toEqual(['inbox']);
  });

  it('are the inbox and each channel turned on that has its address', () => {
    const { transports } = recording();
    expect(sendersFor(everything, transports).map((s) => s.channel)).toEqual(['inbox', 'email', 'wecom', 'dingtalk']);
    expect(sendersFor({ ...everything, wecom: { enabled: false, webhookUrl: 'W' }, email: { enabled: true } }, transports).map((s) => s.channel)).toEqual(['inbox', 'dingtalk']);
  });

  it('fail on email, recorded, where no mail transport is set up, instead of dropping it silently', async () => {
    const { transports } = recording();
    const { email: _none, ...noMail } = transports;
    const senders = sendersFor(everything, noMail);
    expect(senders.map((s) => s.channel)).toEqual(['inbox', 'email', 'wecom', 'dingtalk']);
    await expect(senders[1]!.send(message('p'))).rejects.toThrow('no mail transport');
  });
});

describe('delivering to each recipient on their own channels', () => {
  it('reads each person’s choice once per run and sends each message only where its recipient chose', async () => {
    const { sent, transports } = recording();
    const reads: string[] = [];
    const chosen: Record<string, NotificationSettings> = { owner: everything, head: { ...defaultNotificationSettings, wecom: { enabled: true, webhookUrl: 'HW' } } };
    const delivery = new PersonalDelivery({ get: async (id) => (reads.push(id), { settings: chosen[id] ?? defaultNotificationSettings, version: 1 }) }, transports);
    const outcomes = await delivery.send([message('owner'), message('head'), message('nobody')]);
    await delivery.send([message('owner')]);
    expect(reads.sort()).toEqual(['head', 'nobody', 'owner']);
    expect(sent.slice(0, 7).sort()).toEqual([
      'head:inbox',
      'head:wecom@HW',
      'nobody:inbox',
      'owner:dingtalk@D+signed',
      'owner:email<a@b.cn>',
      'owner:inbox',
      'owner:wecom@W',
    ]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(outcomes).toHaveLength(7);
  });
});
