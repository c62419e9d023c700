import { describe, expect, it } from 'vitest';
import { applyNotificationUpdate, maskSecret, maskWebhookUrl, robotUrlAllowed, viewOf } from '../../shared/notification-masking';
import { defaultNotificationSettings, notificationSettingsUpdateSchema, type NotificationSettings } from '../../shared/schemas/notification-settings.schema';

const wecom = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
const ding = 'https://oapi.dingtalk.com/robot/send?access_token=5f2c8e1b9d7a4e3c';
const secret = 'SEC0123456789abcdef0123456789abcdef';

describe('masking what the browser may see of a person’s channels', () => {
  it('masks every query value of a webhook URL, keeping the robot’s host and path', () => {
    expect(maskWebhookUrl(wecom)).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****5aaa');
    expect(maskWebhookUrl(`${ding}&x=12`)).toBe('https://oapi.dingtalk.com/robot/send?access_token=****4e3c&x=****');
    expect(maskWebhookUrl('https://oapi.dingtalk.com/robot/send')).toBe('https://oapi.dingtalk.com/robot/send');
    expect(maskWebhookUrl('not a url at all 12345')).toBe('****2345');
  });

  it('shows a secret’s prefix and last four characters, a short one not at all', () => {
    expect(maskSecret(secret)).toBe('SEC****cdef');
    expect(maskSecret('SEC12345')).toBe('****');
  });

  it('never puts a stored secret in the view', () => {
    const stored: NotificationSettings = { email: { enabled: true, address: 'a@b.cn' }, wecom: { enabled: true, webhookUrl: wecom }, dingtalk: { enabled: true, webhookUrl: ding, secret } };
    const text = JSON.stringify(viewOf(stored, 3));
    for (const s of ['693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa', '5f2c8e1b9d7a4e3c', secret]) expect(text).not.toContain(s);
    expect(viewOf(stored, 3)).toMatchObject({ inbox: { enabled: true }, email: { address: 'a@b.cn' }, version: 3 });
  });
});

describe('where a robot webhook may point', () => {
  it.each([
    ['wecom', wecom, true],
    ['dingtalk', ding, true],
    ['wecom', ding, false], // the other robot's host
    ['wecom', 'http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=1', false], // not https
    ['wecom', 'https://qyapi.weixin.qq.com.evil.example/send?key=1', false],
    ['dingtalk', 'https://oapi.dingtalk.com@169.254.169.254/latest', false],
    ['dingtalk', 'https://169.254.169.254/robot/send', false],
  ] as const)('%s %s → %s', (channel, url, ok) => {
    expect(robotUrlAllowed(channel, url)).toBe(ok);
  });

  it('lets a deployment add an origin of its own (the tests’ local stand-in), and nothing else', () => {
    expect(robotUrlAllowed('dingtalk', 'http://127.0.0.1:4100/dingtalk?access_token=x', ['http://127.0.0.1:4100'])).toBe(true);
    expect(robotUrlAllowed('dingtalk', 'http://127.0.0.1:4101/dingtalk', ['http://127.0.0.1:4100'])).toBe(false);
  });
});

describe('applying a person’s change', () => {
  const stored: NotificationSettings = { email: { enabled: true, address: 'a@b.cn' }, wecom: { enabled: true, webhookUrl: wecom }, dingtalk: { enabled: true, webhookUrl: ding, secret } };
  const off = { email: { enabled: false }, wecom: { enabled: false }, dingtalk: { enabled: false } };

  it('keeps what is left out, removes what is null, replaces what is given', () => {
    expect(applyNotificationUpdate(stored, off)).toEqual({
      ok: true,
      value: { email: { enabled: false, address: 'a@b.cn' }, wecom: { enabled: false, webhookUrl: wecom }, dingtalk: { enabled: false, webhookUrl: ding, secret } },
    });
    const next = applyNotificationUpdate(stored, { email: { enabled: false, address: '' }, wecom: { enabled: false, webhookUrl: null }, dingtalk: { enabled: true, secret: null } });
    expect(next).toEqual({ ok: true, value: { email: { enabled: false }, wecom: { enabled: false }, dingtalk: { enabled: true, webhookUrl: ding } } });
    const replaced = applyNotificationUpdate(stored, { ...off, dingtalk: { enabled: true, secret: 'SECnewsecret' } });
    expect(replaced.ok && replaced.value.dingtalk).toEqual({ enabled: true, webhookUrl: ding, secret: 'SECnewsecret' });
  });

  it('needs an address for each channel turned on, given now or stored before', () => {
    expect(applyNotificationUpdate(defaultNotificationSettings, { email: { enabled: true }, wecom: { enabled: true }, dingtalk: { enabled: true } })).toEqual({
      ok: false,
      fields: { 'email.address': 'notify.emailRequired', 'wecom.webhookUrl': 'notify.urlRequired', 'dingtalk.webhookUrl': 'notify.urlRequired' },
    });
    expect(applyNotificationUpdate(stored, { email: { enabled: true }, wecom: { enabled: true }, dingtalk: { enabled: true } }).ok).toBe(true);
  });

  it('refuses a new URL that is not the robot’s own', () => {
    expect(applyNotificationUpdate(defaultNotificationSettings, { ...off, wecom: { enabled: false, webhookUrl: 'https://example.com/hook' } })).toEqual({
      ok: false,
      fields: { 'wecom.webhookUrl': 'notify.urlHost' },
    });
  });

  it('takes only the fields it knows from the browser (strict schema)', () => {
    expect(notificationSettingsUpdateSchema.safeParse({ ...off, userId: 'someone' }).success).toBe(false);
    expect(notificationSettingsUpdateSchema.safeParse({ ...off, inbox: { enabled: false } }).success).toBe(false);
  });
});
