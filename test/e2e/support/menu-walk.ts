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
 * Opens a menu page inside the running SPA (no reload: one sign-in serves the whole walk) and waits until
 * it has loaded: its title shown, its requests answered, spinners gone.
 */
export async function openMenuPage(page: Page, path: string): Promise<void> {
  // The page being left is marked, so the wait below is for the new page's title, not the old one's.
  await page.evaluate((to) => {
    if (window.location.pathname === to) return;
    document.querySelectorAll('[data-testid="page-title"]').forEach((e) => e.setAttribute('data-left', ''));
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
  }, path);
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[/]/g, '\\/')}([?#].*)?$`));
  await expect(page.locator('[data-testid="page-title"]:not([data-left])').first()).toBeVisible();
  await expect(page.locator('[data-testid="page-title"][data-left]')).toHaveCount(0);
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await expect(page.locator('.el-loading-mask:visible')).toHaveCount(0);
}
