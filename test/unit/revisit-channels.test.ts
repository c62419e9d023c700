import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sendEverywhere, type ChannelMessage, type ChannelSender } from '../../functions/core/channels/channel-sender';
import { dingTalkSignedUrl } from '../../functions/core/channels/robot-senders';

const message = (recipientId: string): ChannelMessage => ({
  id: `m-${recipientId}`, recipientId, kind: 'revisit-reminder', title: { 'zh-CN': '回访即将到期', en: 'Revisit due soon' },
  body: { 'zh-CN': '请安排回访', en: 'Plan the revisit' }, createdAt: '2026-12-20T01:00:00.000Z',
});

describe('reminder channels', () => {
  it('signs DingTalk URLs with HMAC-SHA256 of "timestamp\\nsecret", base64 then URL-encoded', () => {
    const secret = 'SECabc';
    const ts = 1766192400000;
    const url = dingTalkSignedUrl('https://oapi.dingtalk.com/robot/send?access_token=t', secret, ts);
    const sign = createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64');
    expect(url).toBe(`https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=${ts}&sign=${encodeURIComponent(sign)}`);
    expect(new URL(url).searchParams.get('sign')).toBe(sign);
  });

  it('retries a failing channel and records it, while the others deliver', async () => {
    const delivered: string[] = [];
    let flakyCalls = 0;
    const ok: ChannelSender = { channel: 'inbox', send: async (m) => void delivered.push(m.recipientId) };
    const flaky: ChannelSender = { channel: 'wecom', send: async () => { if (++flakyCalls < 2) throw new Error('timeout'); } };
    const down: ChannelSender = { channel: 'dingtalk', send: async () => { throw new Error('HTTP 503'); } };
    const outcomes = await sendEverywhere([down, flaky, ok], [message('a'), message('b')], { attempts: 3, pauseMs: 1 });
    expect(delivered.sort()).toEqual(['a', 'b']);
    expect(outcomes.filter((o) => o.channel === 'dingtalk')).toEqual([
      { channel: 'dingtalk', recipientId: 'a', ok: false, attempts: 3, error: 'HTTP 503' },
      { channel: 'dingtalk', recipientId: 'b', ok: false, attempts: 3, error: 'HTTP 503' },
    ]);
    expect(outcomes.filter((o) => o.channel === 'wecom').every((o) => o.ok)).toBe(true);
    expect(outcomes.filter((o) => o.channel === 'inbox')).toEqual([
      { channel: 'inbox', recipientId: 'a', ok: true, attempts: 1 },
      { channel: 'inbox', recipientId: 'b', ok: true, attempts: 1 },
    ]);
  });
});
