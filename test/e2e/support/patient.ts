import { expect as baseExpect, type Page } from '@playwright/test';
import { totpCode } from '../../../infra/local/totp';
import { demoLogin } from './endpoints';

/**
 * An expect that waits longer than the config's 30 s. The issue-4 pages load a chart, a timeline and
 * several API calls on a dev server that transforms modules on first use; on a machine shared with
 * other work (load far above its cores) a fresh browser context's first page can take longer than that.
 */
export const expect = baseExpect.configure({ timeout: 75_000 });

/** Signs in through the form as a demo user, patiently (see above); the same steps as app.ts's signIn. */
export async function signInAs(page: Page, username: string): Promise<void> {
  const user = demoLogin(username);
  if (!page.url().includes('/sign-in')) await page.goto('/sign-in');
  await page.getByTestId('sign-in-username').fill(user.username);
  await page.getByTestId('sign-in-password').fill(user.password);
  await page.getByTestId('sign-in-submit').click();
  // A demo admin has TOTP (admins must): its authenticator app's code, from the secret in endpoints.json.
  if (user.totpSecret) {
    await page.getByTestId('sign-in-totp-code').fill(totpCode(user.totpSecret));
    await page.getByTestId('sign-in-totp-submit').click();
  }
  await expect(page.getByTestId('current-user-name')).toHaveText(user.name);
}

export async function signOutOf(page: Page): Promise<void> {
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/**
 * Opens a page of the SPA by its address. Vite may reload the page once when it has just optimized a
 * dependency (DESIGN.md, Known traps), aborting a navigation that races it: that one is retried.
 */
export async function openPath(page: Page, path: string): Promise<void> {
  try {
    await page.goto(path);
  } catch (error) {
    if (!String(error).includes('ERR_ABORTED')) throw error;
    await page.waitForLoadState();
    await page.goto(path);
  }
}
