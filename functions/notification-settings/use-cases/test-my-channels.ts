import type { DeliveryOutcome } from '#core/channels/channel-sender';
import { PersonalDelivery } from '#core/channels/personal-channels';
import type { Principal } from '#core/principal';
import type { NotificationSettingsDeps } from '../deps';

/**
 * Sends the caller a test message on each channel they chose, once each (no retries: the person is
 * waiting), and says what each channel did, so a wrong robot URL or secret shows at once rather than
 * on the day a reminder matters.
 */
export async function testMyChannels(deps: NotificationSettingsDeps, principal: Principal): Promise<{ outcomes: DeliveryOutcome[] }> {
  const at = deps.now().toISOString();
  const delivery = new PersonalDelivery(deps.settings, { ...deps.transports, apps: await deps.apps() }, { attempts: 1 }, { directory: (id) => deps.staff.get(id) });
  const outcomes = await delivery.send(
    [
    {
      id: `notify-test-${principal.id}-${at}`,
      recipientId: principal.id,
      recipientName: principal.name,
      kind: 'notification-test',
      title: { 'zh-CN': '提醒渠道测试', en: 'Reminder channel test' },
      body: {
        'zh-CN': `${principal.name}，这是一条测试消息：收到即说明该渠道可以接收客户回访提醒。`,
        en: `${principal.name}, this is a test: if it reached you, this channel can carry revisit reminders.`,
      },
      link: '/notification-settings',
      createdAt: at,
    },
    ],
    { everyChannel: true },
  );
  return { outcomes };
}
