import { expect, test } from '@playwright/test';
import type { NotificationSettingsView } from '#shared/schemas/notification-settings.schema';
import { signIn } from './support/app';
import { api } from './support/twin-api';

test.describe('notices per kind (issue 12)', () => {
  test('a person sends tier changes by email as a daily digest and keeps approvals in the inbox only, on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'north.staff');
    await page.goto('/notification-settings');
    await expect(page.getByTestId('notify-kinds')).toBeVisible();

    await page.getByTestId('notify-email-enabled').click();
    await page.getByTestId('notify-email-address').fill('feng.xue@example.cn');
    const tier = page.getByTestId('notify-kind-tier-change');
    await tier.getByTestId('notify-kind-tier-change-wecom').click();
    await tier.getByTestId('notify-kind-tier-change-dingtalk').click();
    await tier.getByTestId('notify-kind-tier-change-digest').click();
    const decided = page.getByTestId('notify-kind-approval-decided');
    for (const ch of ['email', 'wecom', 'dingtalk']) await decided.getByTestId(`notify-kind-approval-decided-${ch}`).click();
    await page.getByTestId('notify-save').click();
    await expect(page.getByTestId('notify-version')).not.toContainText('尚未');

    const saved = await api<NotificationSettingsView>('north.staff', 'GET', '/me/notification-settings');
    expect(saved.kinds['tier-change']).toEqual({ channels: ['email'], digest: true });
    expect(saved.kinds['approval-decided']).toEqual({ channels: [], digest: false });
    expect(saved.kinds['service-request']).toEqual({ channels: ['email', 'wecom', 'dingtalk'], digest: false });

    // The page fits the phone's width.
    const kinds = await page.getByTestId('notify-kinds').boundingBox();
    expect(kinds!.x + kinds!.width).toBeLessThanOrEqual(390);
  });
});
