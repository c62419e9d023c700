import { expect as baseExpect, type Page } from '@playwright/test';
import { signIn, signOut } from './app';

/**
 * An expect that waits longer than the config's 30 s. The issue-4 pages load a chart, a timeline and
 * several API calls on a dev server that transforms modules on first use; on a machine shared with
 * other work (load far above its cores) a fresh browser context's first page can take longer than that.
 */
const patience = 75_000;
export const expect = baseExpect.configure({ timeout: patience });

/** app.ts's signIn and signOut, patiently (see above). */
export const signInAs = (page: Page, username: string): Promise<void> => signIn(page, username, patience);
export const signOutOf = (page: Page): Promise<void> => signOut(page, patience);

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
