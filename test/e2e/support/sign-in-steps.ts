import type { Page } from '@playwright/test';
import { totpCode } from '../../../infra/local/totp';
import { expect } from './patient';

/**
 * The sign-in steps a new member of staff goes through (issue 11), shared by the sign-in and the
 * people-lifecycle browser tests: the password form, the first sign-in's new password with the pool's
 * rules shown, and an administrator's TOTP setup from the key the page shows.
 */
export async function signInWith(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByTestId('sign-in-username').fill(username);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
}

/** Answers the new-password step, checking the pool's rules are shown and followed as typed. */
export async function setNewPassword(page: Page, password: string): Promise<void> {
  await expect(page.getByTestId('sign-in-new-password-step')).toBeVisible();
  const length = page.getByTestId('password-rule-length');
  await expect(length).toHaveText(/至少 12 个字符/);
  await expect(length).toHaveAttribute('data-met', 'false');
  await page.getByTestId('new-password').fill('short#A1');
  await expect(page.getByTestId('password-rule-symbol')).toHaveAttribute('data-met', 'true');
  await expect(length).toHaveAttribute('data-met', 'false');
  await page.getByTestId('new-password').fill(password);
  for (const rule of ['length', 'lowercase', 'uppercase', 'digit', 'symbol']) {
    await expect(page.getByTestId(`password-rule-${rule}`)).toHaveAttribute('data-met', 'true');
  }
  await page.getByTestId('new-password-confirm').fill(password);
  await page.getByTestId('new-password-submit').click();
}

/** The TOTP setup page's key, as a person would type it into their authenticator app (QR code shown beside it). */
export async function shownTotpKey(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/totp-setup/);
  await expect(page.locator('[data-testid="totp-qr"] svg')).toBeVisible();
  const secret = ((await page.getByTestId('totp-manual-key').textContent()) ?? '').replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  return secret;
}

/** Turns TOTP on with the code the authenticator app computes from that key. */
export async function confirmTotp(page: Page, secret: string): Promise<void> {
  await page.getByTestId('totp-code').fill(totpCode(secret));
  await page.getByTestId('totp-verify').click();
}
