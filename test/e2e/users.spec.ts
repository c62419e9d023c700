import { test } from '@playwright/test';
import { choose } from './support/app';
import { expect, openPath, signInAs as signIn, signOutOf as signOut } from './support/patient';
import { randomCreditCode, uniqueCustomerName } from './support/test-data';
import { api } from './support/twin-api';

/** 用户管理 (issue 11): staff and their accounts, run from the app. */
test.describe('staff and their accounts (issue 11)', () => {
  test.describe.configure({ timeout: 300_000 });

  test('an admin creates a salesperson, changes their role and disables them; the office can look but not change', async ({ page }) => {
    const username = `e2e.${Date.now().toString(36)}`;
    const name = `测试员${Date.now().toString(36).slice(-4)}`;

    await test.step('admin creates a unit salesperson in the East China unit; the temporary password is shown once', async () => {
      await signIn(page, 'admin');
      await openPath(page, '/users');
      await expect(page.getByTestId('page-title')).toHaveText('用户管理');
      await page.getByTestId('user-new').click();
      const form = page.getByTestId('user-form-dialog');
      await form.getByTestId('user-form-username').fill(username);
      await form.getByTestId('user-form-name').fill(name);
      await form.getByTestId('user-form-email').fill(`${username}@example.cn`);
      await choose(page, 'user-form-role', '业务单位业务员');
      await choose(page, 'user-form-unit', '华东事业部');
      await form.getByTestId('user-form-submit').click();
      const shown = page.getByTestId('temporary-password-dialog');
      await expect(shown).toBeVisible();
      await expect(shown.getByTestId('temporary-password')).toHaveText(/^\S{12,}$/);
      await shown.getByTestId('temporary-password-done').click();
      await expect(page.getByTestId('temporary-password')).toHaveCount(0);
      await page.getByTestId('user-search').fill(username);
      await page.getByTestId('user-search-submit').click();
      await expect(page.getByTestId('user-name')).toHaveText([name]);
    });

    // They own a customer, so disabling them has something to hand over (arranged through the API).
    const { name: customerName } = uniqueCustomerName();
    await api('sales.head', 'POST', '/customers', { name: customerName, creditCode: randomCreditCode(), kind: 'main-business', creditRating: 'A', unitId: 'east', ownerId: username });

    await test.step('admin makes them the unit head: the page and its history show it', async () => {
      await page.getByTestId('user-name').click();
      await expect(page.getByTestId('page-title')).toHaveText(name);
      await page.getByTestId('user-edit').click();
      await choose(page, 'user-form-role', '业务单位负责人');
      await page.getByTestId('user-form-submit').click();
      await expect(page.getByTestId('user-role')).toHaveText('业务单位负责人');
      await expect(page.getByTestId('user-history-entry').first()).toContainText('修改');
      await expect(page.getByTestId('user-history')).toContainText('业务单位业务员 → 业务单位负责人');
    });

    await test.step('admin disables them: what they hold is shown, with the way to hand it over', async () => {
      await page.getByTestId('user-disable').click();
      const dialog = page.getByTestId('user-disable-dialog');
      await expect(dialog.getByTestId('user-holdings')).toContainText('客户 1 位');
      await expect(dialog.getByTestId('user-disable-reassign')).toBeVisible();
      await dialog.getByTestId('user-disable-confirm').click();
      await expect(page.getByTestId('user-status')).toHaveText('已停用');
      await expect(page.getByTestId('user-handover')).toContainText('客户 1 位');
      await page.getByTestId('user-reassign-link').click();
      await expect(page).toHaveURL(new RegExp(`/reassign\\?from=${username.replace('.', '\\.')}`));
      await signOut(page);
    });

    await test.step('the General Office sees the person and their history, without any action', async () => {
      await signIn(page, 'office.liu');
      await openPath(page, `/users/${username}`);
      await expect(page.getByTestId('page-title')).toHaveText(name);
      await expect(page.getByTestId('user-status')).toHaveText('已停用');
      await expect(page.getByTestId('user-history-entry')).toHaveCount(3);
      await expect(page.getByTestId('user-edit')).toHaveCount(0);
      await expect(page.getByTestId('user-enable')).toHaveCount(0);
      await expect(page.getByTestId('user-reset')).toHaveCount(0);
      await openPath(page, '/users');
      await expect(page.getByTestId('user-table')).toBeVisible();
      await expect(page.getByTestId('user-new')).toHaveCount(0);
    });
  });
});
