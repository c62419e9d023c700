import { test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { choose, createCustomer, signIn, signOut } from './support/app';
import { expect, openPath } from './support/patient';
import { confirmTotp, setNewPassword, shownTotpKey, signInWith } from './support/sign-in-steps';
import { api } from './support/twin-api';

/**
 * Issue 11's browser test, as one flow against the twin: the organisation is run from the app. An admin
 * makes a unit and a salesperson in it (and a second administrator); the salesperson's first sign-in sets
 * their own password and they work in their unit only; the second administrator sets up TOTP from the key
 * shown and disables the salesperson, whose next request is refused; pickers no longer offer them.
 */
test.describe.configure({ timeout: 480_000 });

/** A second signed-in person beside the first: their own browser context, with the config's options. */
async function anotherPerson(browser: Browser, info: TestInfo): Promise<Page> {
  const { baseURL, locale, timezoneId, viewport } = info.project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId, viewport });
  return context.newPage();
}

test('people and units run from the app: a unit, a salesperson’s first sign-in and work, TOTP for an admin, disabling', async ({ page, browser }, info) => {
  // Codes and usernames are never reused, so each run makes its own.
  const suffix = Date.now().toString(36);
  const unit = { code: `e2e-${suffix}`, name: `新区事业部${suffix.slice(-4)}` };
  const seller = { username: `seller.${suffix}`, name: `新业务员${suffix.slice(-4)}` };
  const newAdmin = { username: `admin.${suffix}`, name: `新管理员${suffix.slice(-4)}` };
  const temporary: Record<string, string> = {};

  /** The user form as an administrator fills it; returns the temporary password shown once. */
  async function createPerson(person: { username: string; name: string }, role: string, unitName?: string): Promise<string> {
    await page.getByTestId('user-new').click();
    const form = page.getByTestId('user-form-dialog');
    await form.getByTestId('user-form-username').fill(person.username);
    await form.getByTestId('user-form-name').fill(person.name);
    await form.getByTestId('user-form-email').fill(`${person.username}@example.cn`);
    await choose(page, 'user-form-role', role);
    if (unitName) await choose(page, 'user-form-unit', unitName);
    await form.getByTestId('user-form-submit').click();
    const shown = page.getByTestId('temporary-password-dialog');
    await expect(shown.getByTestId('temporary-password')).toHaveText(/^\S{12,}$/);
    const password = (await shown.getByTestId('temporary-password').textContent())!.trim();
    await shown.getByTestId('temporary-password-done').click();
    await expect(page.getByTestId('temporary-password')).toHaveCount(0);
    return password;
  }

  await test.step('the admin creates a business unit', async () => {
    await signIn(page, 'admin');
    await openPath(page, '/units');
    await page.getByTestId('unit-new').click();
    await page.getByTestId('unit-code-input').fill(unit.code);
    await page.getByTestId('unit-name-input').fill(unit.name);
    await page.getByTestId('unit-save').click();
    await expect(page.getByTestId('unit-dialog')).toBeHidden();
    await expect(page.getByTestId('unit-name').filter({ hasText: unit.name })).toBeVisible();
  });

  await test.step('the admin creates a salesperson in it and a second administrator; each temporary password is shown once', async () => {
    await page.getByTestId('menu-users').click();
    await expect(page.getByTestId('page-title')).toHaveText('用户管理');
    temporary.seller = await createPerson(seller, '业务单位业务员', unit.name);
    temporary.admin = await createPerson(newAdmin, '系统管理员');
    await page.getByTestId('user-search').fill(suffix);
    await page.getByTestId('user-search-submit').click();
    await expect(page.getByTestId('user-name')).toHaveCount(2);
    await signOut(page);
  });

  const sellerPage = await anotherPerson(browser, info);
  let customerName = '';
  await test.step('the salesperson signs in with the temporary password and is asked for a new one, the rules shown', async () => {
    await signInWith(sellerPage, seller.username, temporary.seller!);
    await setNewPassword(sellerPage, 'Seller#Chosen2026');
    await expect(sellerPage.getByTestId('current-user-name')).toHaveText(seller.name);
  });

  await test.step('they create a customer, and see their own unit’s customers only', async () => {
    customerName = await createCustomer(sellerPage);
    await expect(sellerPage.getByTestId('customer-detail-unit')).toHaveText(unit.name);
    await sellerPage.getByTestId('menu-customers').click();
    // The seed's dozens of customers are all in other units: the new unit's one customer is the whole list.
    await expect(sellerPage.getByTestId('customer-link')).toHaveText([customerName]);
  });

  // A colleague in the same unit, arranged through the API: whom the pickers still offer.
  const colleague = { username: `colleague.${suffix}`, name: `同事${suffix.slice(-4)}` };
  await api('admin', 'POST', '/users', { ...colleague, email: `${colleague.username}@example.cn`, role: 'unit-staff', unitId: unit.code });

  await test.step('the second administrator sets a password, then must set up TOTP: the code comes from the key shown', async () => {
    await signInWith(page, newAdmin.username, temporary.admin!);
    await setNewPassword(page, 'Admin#Chosen2026');
    const secret = await shownTotpKey(page);
    await confirmTotp(page, secret);
    await expect(page).not.toHaveURL(/\/totp-setup/);
    await expect(page.getByTestId('current-user-name')).toHaveText(newAdmin.name);
  });

  await test.step('the administrator disables the salesperson: what they hold is shown, and the change goes through', async () => {
    await openPath(page, `/users/${seller.username}`);
    await expect(page.getByTestId('page-title')).toHaveText(seller.name);
    await page.getByTestId('user-disable').click();
    const dialog = page.getByTestId('user-disable-dialog');
    await expect(dialog.getByTestId('user-holdings')).toContainText('客户 1 位');
    await dialog.getByTestId('user-disable-confirm').click();
    await expect(page.getByTestId('user-status')).toHaveText('已停用');
  });

  await test.step('the salesperson’s next request is refused: the app says the account is disabled, back at sign-in', async () => {
    await sellerPage.getByTestId('menu-home').click();
    await expect(sellerPage).toHaveURL(/\/sign-in/);
    await expect(sellerPage.getByTestId('sign-in-error')).toHaveText('您的账号已被停用，无法继续使用本系统。如有疑问，请联系系统管理员。');
    await expect(sellerPage.getByTestId('current-user-name')).toHaveCount(0);
  });

  await test.step('the customer form no longer offers the disabled salesperson as an owner; their colleague it does', async () => {
    await openPath(page, '/customers/new');
    await choose(page, 'customer-unit', unit.name);
    await page.getByTestId('customer-owner').click();
    await expect(page.getByRole('option', { name: new RegExp(colleague.name) })).toBeVisible();
    await expect(page.getByRole('option', { name: new RegExp(seller.name) })).toHaveCount(0);
  });
});
