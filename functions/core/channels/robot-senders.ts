import { createHmac } from 'node:crypto';
import { plainText, type ChannelMessage, type ChannelSender } from './channel-sender';

/**
 * DingTalk's signed mode (加签): sign = urlEncode(base64(HMAC-SHA256(secret, `${timestamp}\n${secret}`))),
 * appended to the robot's webhook URL as `&timestamp=…&sign=…` (timestamp in milliseconds).
 */
export function dingTalkSignedUrl(webhookUrl: string, secret: string, timestamp: number): string {
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
  const separator = webhookUrl.includes('?') ? '&' : '?';
  return `${webhookUrl}${separator}timestamp=${timestamp}&sign=${encodeURIComponent(sign)}`;
}

async function postJson(url: string, payload: unknown, timeoutMs: number): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  // Both robots answer 200 with an error code in the body when they refuse a message.
  let body: { errcode?: number; errmsg?: string } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    /* not JSON: the status is all we have */
  }
  if (body.errcode !== undefined && body.errcode !== 0) throw new Error(`errcode ${body.errcode}: ${body.errmsg ?? ''}`);
}

const mention = (m: ChannelMessage) => (m.recipientName ? `@${m.recipientName} ` : '');

/** A WeCom (企业微信) group robot: `{ msgtype: 'text', text: { content } }` to its webhook URL. */
export class WeComRobotSender implements ChannelSender {
  readonly channel = 'wecom';
  constructor(
    private readonly webhookUrl: string,
    private readonly timeoutMs = 5000,
  ) {}

  async send(m: ChannelMessage): Promise<void> {
    await postJson(this.webhookUrl, { msgtype: 'text', text: { content: `${mention(m)}${plainText(m)}` } }, this.timeoutMs);
  }
}

/** A DingTalk (钉钉) group robot, in signed mode when a secret is set. */
export class DingTalkRobotSender implements ChannelSender {
  readonly channel = 'dingtalk';
  constructor(
    private readonly webhookUrl: string,
    private readonly secret?: string,
    private readonly now: () => number = Date.now,
    private readonly timeoutMs = 5000,
  ) {}

  async send(m: ChannelMessage): Promise<void> {
    const url = this.secret ? dingTalkSignedUrl(this.webhookUrl, this.secret, this.now()) : this.webhookUrl;
    await postJson(url, { msgtype: 'text', text: { content: `${mention(m)}${plainText(m)}` } }, this.timeoutMs);
  }
}
