import type { Page } from '@playwright/test';
import type { Role } from '#shared/roles';
import { menuEntries } from '../../../web/src/router/menu';
import { canCall } from '../../../web/src/router/permissions';
import { demoLogin } from './endpoints';
import { expect } from './patient';

/**
 * The pages of the menu a demo user sees, from the SPA's own menu definition (web/src/router/menu.ts) and
 * the route table's roles: a page added to the menu is walked by the phone and accessibility tests
 * without touching them.
 */
export function menuPathsFor(username: string): string[] {
  const role = demoLogin(username).role as Role;
  return menuEntries.filter((m) => canCall(role, m.apiRoute)).map((m) => m.path);
}

/**
 * Opens a menu page as a person does, from the menu (on a phone, from the drawer behind the menu button),
 * with no reload: one sign-in serves the whole walk. Waits until the page has loaded: its own title
 * shown (not the page being left), its requests answered, spinners gone.
 */
export async function openMenuPage(page: Page, path: string): Promise<void> {
  if (new URL(page.url()).pathname !== path) {
    await page.evaluate(() => document.querySelectorAll('[data-testid="page-title"]').forEach((e) => e.setAttribute('data-left', '')));
    const drawerButton = page.getByTestId('menu-open');
    if (await drawerButton.isVisible()) await drawerButton.click();
    await page.locator(`[data-testid="menu-${path.slice(1)}"]:visible`).click();
    await expect(page).toHaveURL(new RegExp(`${path.replace(/[/]/g, '\\/')}([?#].*)?$`));
  }
  await expect(page.locator('[data-testid="page-title"]:not([data-left])').first()).toBeVisible();
  await expect(page.locator('[data-testid="page-title"][data-left]')).toHaveCount(0);
  await expect(page.getByTestId('menu-drawer')).toBeHidden();
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await expect(page.locator('.el-loading-mask:visible')).toHaveCount(0);
}
