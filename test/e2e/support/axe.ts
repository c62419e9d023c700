import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** One serious or critical axe-core finding, short enough to read in a failed assertion. */
export interface Finding {
  page: string;
  lang: string;
  rule: string;
  impact: string;
  targets: string[];
  help: string;
}

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.1 A/AA and best practice). */
export async function seriousFindings(page: Page, path: string, lang: string): Promise<Finding[]> {
  // A loading mask (Element Plus v-loading) lays translucent white over the page while a request runs and while
  // it fades out: axe-core would measure the colour contrast of the text beneath it. Read the settled page.
  await expect(page.locator('.el-loading-mask')).toHaveCount(0, { timeout: 30_000 });
  // A toast (ElMessage, "已保存") fades out on its own after a few seconds; when that fade begins while axe-core
  // runs, its text is measured half-transparent. At rest its colours are the theme's (web/src/theme.css).
  await expect(page.locator('.el-message')).toHaveCount(0, { timeout: 30_000 });
  // Likewise a dialog fading in: mid-transition its text is partly transparent. Wait for every finite animation
  // (spinners run forever and are left alone) to end.
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
    undefined,
    { timeout: 30_000 },
  );
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      page: path,
      lang,
      rule: v.id,
      impact: v.impact ?? '',
      targets: v.nodes.slice(0, 12).map((n) => n.target.join(' ')),
      help: v.help,
    }));
}
