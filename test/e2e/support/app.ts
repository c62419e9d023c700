import { expect, type Page } from '@playwright/test';
import { totpCode } from '../../../infra/local/totp';
import { demoLogin } from './endpoints';
import { randomCreditCode, uniqueCustomerName } from './test-data';

/**
 * Signs in through the form as a demo user and waits for the signed-in layout (up to `timeout`, else the
 * config's); a demo admin answers the TOTP step with the code of its secret (.local/endpoints.json), as its
 * authenticator app would.
 */
export async function signIn(page: Page, username: string, timeout?: number): Promise<void> {
  const user = demoLogin(username);
  if (!page.url().includes('/sign-in')) await page.goto('/sign-in');
  await page.getByTestId('sign-in-username').fill(user.username);
  await page.getByTestId('sign-in-password').fill(user.password);
  await page.getByTestId('sign-in-submit').click();
  if (user.totpSecret) {
    await page.getByTestId('sign-in-totp-code').fill(totpCode(user.totpSecret));
    await page.getByTestId('sign-in-totp-submit').click();
  }
  await expect(page.getByTestId('current-user-name')).toHaveText(user.name, { timeout });
}

export async function signOut(page: Page, timeout?: number): Promise<void> {
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/sign-in/, { timeout });
}

/** Opens an Element Plus select by its test id and picks the option with this label. */
export async function choose(page: Page, testId: string, label: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

export async function searchCustomers(page: Page, text: string): Promise<void> {
  await page.getByTestId('customer-search').fill(text);
  await page.getByTestId('customer-search-submit').click();
}

/** The error Element Plus shows under a form item (`field-<path>` test id). */
export function fieldError(page: Page, path: string) {
  return page.getByTestId(`field-${path}`).locator('.el-form-item__error');
}

/** Creates a customer through the form with the fewest fields and waits for its detail page; returns its name. */
export async function createCustomer(page: Page): Promise<string> {
  const { name } = uniqueCustomerName();
  await page.getByTestId('menu-customers').click();
  await page.getByTestId('customer-new').click();
  await page.getByTestId('customer-name').fill(name);
  await page.getByTestId('customer-credit-code').fill(randomCreditCode());
  await choose(page, 'customer-kind', '潜在客户');
  await choose(page, 'customer-credit-rating', 'A');
  await page.getByTestId('customer-save').click();
  await expect(page.getByTestId('customer-detail-name')).toHaveText(name);
  return name;
}
