import { test, type Page } from '@playwright/test';
import { seriousFindings, type Finding } from './support/axe';
import { featureOwners } from '../../web/page-messages';
import { menuPathsFor, openMenuPage } from './support/menu-walk';
import { expect, signInAs } from './support/patient';

/**
 * axe-core on every page of the menu, as several roles, in both languages: any serious or critical
 * finding fails. One sign-in per role; each page is checked in Chinese, then switched in place to
 * English and checked again (the language switch re-renders without a reload).
 */
// A unit salesperson, the administrator (every settings and people page) and leadership (the 工作台 and reports):
// between them every page of the menu, kept to three so the walk stays within CI's time.
const roles = ['east.staff', 'admin', 'leader'];

test.describe.configure({ timeout: 600_000 });

/**
 * Issue 15: each page loads its features' strings with it (web/src/i18n/index.ts). A page that forgot one
 * shows raw keys (`reception.listTitle`): any text starting with a feature's top-level key is one.
 */
async function rawKeys(page: Page, path: string, lang: string): Promise<string[]> {
  const tops = [...(await featureOwners()).keys()].join('|');
  const text = await page.locator('body').innerText();
  return [...text.matchAll(new RegExp(`\\b(?:${tops})\\.[a-zA-Z]+`, 'g'))].map((m) => `${path} (${lang}): ${m[0]}`);
}

async function setLanguage(page: Page, lang: 'zh-CN' | 'en'): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) === lang) return;
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test.describe('accessibility (issue 13)', () => {
  for (const username of roles) {
    test(`every menu page passes axe-core for ${username}, in Chinese and in English`, async ({ page }) => {
      await signInAs(page, username);
      const findings: Finding[] = [];
      const keysShown: string[] = [];
      const paths = menuPathsFor(username);
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        await openMenuPage(page, path);
        findings.push(...(await seriousFindings(page, path, 'zh-CN')));
        keysShown.push(...(await rawKeys(page, path, 'zh-CN')));
        await setLanguage(page, 'en');
        findings.push(...(await seriousFindings(page, path, 'en')));
        keysShown.push(...(await rawKeys(page, path, 'en')));
        await setLanguage(page, 'zh-CN');
      }
      expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
      expect(keysShown).toEqual([]);
    });
  }
});
