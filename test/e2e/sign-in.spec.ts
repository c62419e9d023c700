import { readFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { totpCode } from '../../infra/local/totp';
import { endpoints } from './support/endpoints';
import { expect, signOutOf } from './support/patient';
import { confirmTotp, setNewPassword, shownTotpKey, signInWith } from './support/sign-in-steps';
import { createTwinUser } from './support/twin-api';

/** Signing in as staff expect it (issue 11): the first password, 修改密码, an admin's TOTP. */
test.describe('signing in', () => {
  const suffix = Date.now().toString(36);

  test('a new member of staff sets their own password at the first sign-in, then changes it from 个人设置', async ({ page }) => {
    const user = { username: `new.sales.${suffix}`, name: '林晓', role: 'sales', temporaryPassword: 'Temp#Given2026' };
    await createTwinUser(user);

    await test.step('the temporary password leads to a new one, with the rules shown, and into the app', async () => {
      await signInWith(page, user.username, user.temporaryPassword);
      await setNewPassword(page, 'Mine#Chosen2026');
      await expect(page.getByTestId('current-user-name')).toHaveText(user.name);
    });

    await test.step('修改密码 from the profile: the wrong current password is refused, the right one changes it', async () => {
      await page.getByTestId('current-user').click();
      await expect(page.getByTestId('profile-page')).toBeVisible();
      await expect(page.getByTestId('profile-username')).toHaveText(user.username);
      await expect(page.getByTestId('profile-mfa-state')).toHaveText('未启用');
      await page.getByTestId('current-password').fill('Wrong#Guess2026');
      await page.getByTestId('change-new-password').fill('Next#Chosen2027');
      await page.getByTestId('change-new-password-confirm').fill('Next#Chosen2027');
      await page.getByTestId('change-password-submit').click();
      await expect(page.getByTestId('change-password-error')).toContainText('当前密码不正确');
      await page.getByTestId('current-password').fill('Mine#Chosen2026');
      await page.getByTestId('change-password-submit').click();
      await expect(page.getByText('密码已修改。')).toBeVisible();
      await signOutOf(page);
    });

    await test.step('the old password no longer signs in; the new one does, with no further step', async () => {
      await signInWith(page, user.username, 'Mine#Chosen2026');
      await expect(page.getByTestId('sign-in-error')).toHaveText('用户名或密码错误。');
      await signInWith(page, user.username, 'Next#Chosen2027');
      await expect(page.getByTestId('current-user-name')).toHaveText(user.name);
    });
  });

  test('忘记密码: the code cognito-local logs (the path npm start prints) resets the password', async ({ page }) => {
    const user = { username: `forgetful.${suffix}`, name: '宋雨', role: 'sales', temporaryPassword: 'Temp#Forgot2026' };
    await createTwinUser(user);
    await page.goto('/sign-in');
    await page.getByTestId('sign-in-forgot').click();
    await page.getByTestId('forgot-username').fill(user.username);
    await page.getByTestId('forgot-submit').click();
    await expect(page.getByTestId('forgot-sent')).toContainText(`${user.username}@example.com`);

    const log = (endpoints() as unknown as { cognitoLog: string }).cognitoLog;
    const code = /Code:\s+(\d{6})/.exec(readFileSync(log, 'utf8').split('Confirmation Code Delivery').filter((b) => b.includes(user.username)).at(-1) ?? '')?.[1];
    expect(code, `a code for ${user.username} in ${log}`).toMatch(/^\d{6}$/);
    await page.getByTestId('forgot-code').fill(code!);
    await page.getByTestId('forgot-new-password').fill('Found#Again2026');
    await page.getByTestId('forgot-new-password-confirm').fill('Found#Again2026');
    await page.getByTestId('forgot-submit').click();
    await expect(page.getByText('密码已重设，请使用新密码登录。')).toBeVisible();

    await signInWith(page, user.username, 'Found#Again2026');
    await expect(page.getByTestId('current-user-name')).toHaveText(user.name);
  });

  test('a new administrator must set up TOTP before reaching an admin page, then signs in with a code', async ({ page }) => {
    const admin = { username: `new.admin.${suffix}`, name: '高峰', role: 'admin', temporaryPassword: 'Temp#Admin2026' };
    await createTwinUser(admin);
    const password = 'Admin#Chosen2026';
    let secret = '';

    await test.step('after the new password, the TOTP setup comes first: a QR code and the key to type', async () => {
      await signInWith(page, admin.username, admin.temporaryPassword);
      await setNewPassword(page, password);
      secret = await shownTotpKey(page);
    });

    await test.step('the app stays closed until it is set up', async () => {
      await page.goto('/tier-rules');
      await expect(page).toHaveURL(/\/totp-setup/);
      await expect(page.getByTestId('totp-manual-key')).toBeVisible();
      secret = ((await page.getByTestId('totp-manual-key').textContent()) ?? '').replace(/\s/g, '');
    });

    await test.step('a wrong code is refused; the app’s code turns TOTP on and opens the admin page', async () => {
      await page.getByTestId('totp-code').fill('000000' === totpCode(secret) ? '111111' : '000000');
      await page.getByTestId('totp-verify').click();
      await expect(page.getByTestId('totp-error')).toBeVisible();
      await confirmTotp(page, secret);
      await expect(page).toHaveURL(/\/tier-rules/);
      await expect(page.getByTestId('current-user-name')).toHaveText(admin.name);
      await expect(page.getByTestId('tier-rules-form')).toBeVisible();
      await signOutOf(page);
    });

    await test.step('signing in again asks for the code, and then an admin change goes through', async () => {
      await signInWith(page, admin.username, password);
      await page.getByTestId('sign-in-totp-code').fill(totpCode(secret));
      await page.getByTestId('sign-in-totp-submit').click();
      await expect(page.getByTestId('current-user-name')).toHaveText(admin.name);
      await page.getByTestId('menu-tier-rules').click();
      // An admin write (PUT /settings/tiers) in each direction, so the rules end as they began.
      for (let i = 0; i < 2; i++) {
        await page.getByTestId('tier-rules-period').locator('.el-radio:not(.is-checked)').click();
        await page.getByTestId('tier-rules-save').click();
        await expect(page.getByText(/分级规则已保存/).last()).toBeVisible();
      }
      await expect(page.getByText('系统管理员须先')).toHaveCount(0);
      await page.getByTestId('current-user').click();
      await expect(page.getByTestId('profile-mfa-state')).toHaveText('已启用');
      await expect(page.getByTestId('profile-mfa-off')).toHaveCount(0);
    });
  });
});
