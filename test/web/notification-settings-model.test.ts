import { describe, expect, it } from 'vitest';
import type { NotificationSettingsView } from '../../shared/schemas/notification-settings.schema';
import { checkUpdate, formFromView, updateFromForm } from '../../web/src/views/revisits/notification-settings-model';

const none: NotificationSettingsView = { inbox: { enabled: true }, email: { enabled: false }, wecom: { enabled: false }, dingtalk: { enabled: false }, kinds: {}, personal: { wecom: false, dingtalk: false }, version: 0 };
const saved: NotificationSettingsView = {
  inbox: { enabled: true },
  email: { enabled: true, address: 'a@b.cn' },
  wecom: { enabled: true, webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****5aaa' },
  dingtalk: { enabled: true, webhookUrl: 'https://oapi.dingtalk.com/robot/send?access_token=****1d0c', secret: 'SEC****9b0c' },
  kinds: { 'tier-change': { channels: ['email'], digest: true } },
  personal: { wecom: false, dingtalk: false },
  version: 2,
};

describe('the reminder channels form', () => {
  it('never holds a saved secret: inputs start empty, and an empty input keeps the saved one', () => {
    const form = formFromView(saved);
    expect(form.wecom.webhookUrl).toBe('');
    expect(form.dingtalk.secret).toBe('');
    expect(updateFromForm(form)).toEqual({ email: { enabled: true, address: 'a@b.cn' }, wecom: { enabled: true }, dingtalk: { enabled: true }, kinds: expect.any(Object) });
  });

  it('sends null to remove a saved secret, and what was typed to replace it', () => {
    const form = formFromView(saved);
    form.dingtalk.removeSecret = true;
    form.wecom.webhookUrl = ' https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=new ';
    expect(updateFromForm(form)).toEqual({
      email: { enabled: true, address: 'a@b.cn' },
      wecom: { enabled: true, webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=new' },
      dingtalk: { enabled: true, secret: null },
      kinds: expect.any(Object),
    });
  });

  it('checks before sending what the server would refuse', () => {
    const form = formFromView(none);
    form.email.enabled = true;
    form.wecom.enabled = true;
    form.dingtalk.webhookUrl = 'https://example.com/robot';
    expect(checkUpdate(form, none, 'zh-CN')).toEqual({
      ok: false,
      fields: {
        'email.address': '启用邮件提醒须填写邮箱。',
        'wecom.webhookUrl': '启用该渠道须填写机器人 Webhook 地址。',
        'dingtalk.webhookUrl': '只接受以下机器人地址：qyapi.weixin.qq.com, oapi.dingtalk.com。',
      },
    });
    expect(checkUpdate(formFromView(saved), saved, 'en')).toEqual({ ok: true, value: updateFromForm(formFromView(saved)) });
  });
});

describe('the choice per kind of notice', () => {
  it('starts from every channel, one by one, for a kind never chosen, and keeps a saved choice', () => {
    const form = formFromView(saved);
    expect(form.kinds['service-request']).toEqual({ channels: ['email', 'wecom', 'dingtalk'], digest: false });
    expect(form.kinds['tier-change']).toEqual({ channels: ['email'], digest: true });
    form.kinds['archive-stale'] = { channels: ['dingtalk', 'email'], digest: true };
    const update = updateFromForm(form);
    expect(update.kinds?.['archive-stale']).toEqual({ channels: ['email', 'dingtalk'], digest: true });
    expect(update.kinds?.['tier-change']).toEqual({ channels: ['email'], digest: true });
  });

  it('needs no robot URL for a channel the company’s app reaches the person on', () => {
    const form = formFromView(none);
    form.wecom.enabled = true;
    expect(checkUpdate(form, none, 'zh-CN').ok).toBe(false);
    expect(checkUpdate(form, { ...none, personal: { wecom: true, dingtalk: false } }, 'zh-CN').ok).toBe(true);
  });
});
