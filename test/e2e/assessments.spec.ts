import { test, type Page } from '@playwright/test';
import { periodOf, previousPeriod } from '../../shared/revisits/periods';
import { seriousFindings } from './support/axe';
import { expect, openPath, signInAs, signOutOf } from './support/patient';

/**
 * Last quarter: closed, so its figures no longer move while the test runs. A retry takes the quarter before it,
 * because the first attempt may already have submitted last quarter's scorecard.
 */
function scenarioQuarter(retry: number): string {
  let period = previousPeriod(periodOf('quarter', new Date()));
  for (let i = 0; i < retry; i++) period = previousPeriod(period);
  return period.id;
}

/** The input behind a test id: Element Plus puts the id on the input itself, or on its wrapper. */
const field = (page: Page, testId: string) => page.getByTestId(testId).locator('xpath=descendant-or-self::*[self::input or self::textarea]').first();

test.describe('assessments: the business units’ quarterly scorecards (issue 17, R9)', () => {
  test('Sales scores a unit’s quarter and submits; the unit head acknowledges it; the history keeps both', async ({ page }, testInfo) => {
    test.setTimeout(300_000);
    const quarter = scenarioQuarter(testInfo.retry);
    const scorecardPath = `/assessments/units/east/${quarter}`;

    await test.step('sales.zhang opens East China’s scorecard of last quarter from the 考核 menu', async () => {
      await signInAs(page, 'sales.zhang');
      await page.getByTestId('menu-assessments').click();
      await expect(page.getByTestId('page-title')).toHaveText('业务单位季度考核');
      await openPath(page, `/assessments?quarter=${quarter}`);
      await expect(page.getByTestId('scorecard-state-east')).toHaveText('未开始');
      await page.getByTestId('scorecard-open-east').click();
      await expect(page.getByTestId('page-title')).toHaveText(`华东事业部 ${quarter} 考核表`);
      await expect(page.getByTestId('scorecard-state')).toHaveText('草稿');
      // The computed indicators are shown by name, each with its value.
      await expect(page.getByTestId('indicator-name')).toHaveCount(8);
      await expect(page.getByTestId('indicator-name').first()).toHaveText('重要客户档案完整率');
    });

    await test.step('scores every indicator, comments one, writes the overall comment and submits', async () => {
      const inputs = page.locator('[data-testid^="score-"]');
      const count = await inputs.count();
      expect(count).toBe(8);
      for (let i = 0; i < count; i++) {
        const testId = await inputs.nth(i).getAttribute('data-testid');
        await field(page, testId!).fill('8');
      }
      await field(page, 'comment-revisit-coverage-vip').fill('VIP 客户季度上门回访有一家未完成');
      await page.getByTestId('scorecard-save').click();
      // The total is the form's own sum; the save is done when its toast shows (axe-core then waits for it to go).
      await expect(page.locator('.el-message')).toContainText('已保存');
      await expect(page.getByTestId('scorecard-total')).toHaveText('总分 64 / 100');
      // The scoring form itself, every input labelled.
      expect(await seriousFindings(page, scorecardPath, 'zh-CN')).toEqual([]);
      await field(page, 'scorecard-overall').fill('档案和回访总体到位，VIP 回访须补齐。');
      await page.getByTestId('scorecard-submit').click();
      await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click();
      await expect(page.getByTestId('scorecard-state')).toHaveText('待确认');
      await expect(page.getByTestId('scorecard-as-of')).toContainText('提交时数据');
      await expect(page.getByTestId('scored-revisit-coverage-vip')).toHaveText('得分 8');
      await signOutOf(page);
    });

    await test.step('east.head signs in and acknowledges it', async () => {
      await signInAs(page, 'east.head');
      await openPath(page, scorecardPath);
      await expect(page.getByTestId('scorecard-state')).toHaveText('待确认');
      await expect(page.getByTestId('scorecard-save')).toHaveCount(0);
      await page.getByTestId('scorecard-acknowledge').click();
      await field(page, 'answer-text').fill('认可本季度考核结果');
      await page.getByTestId('answer-submit').click();
      await expect(page.getByTestId('scorecard-state')).toHaveText('已确认');
      await expect(page.getByTestId('scorecard-acknowledge')).toHaveCount(0);
    });

    await test.step('the history shows Sales’ saves and submission and the unit head’s acknowledgement', async () => {
      const entries = page.getByTestId('history-entry');
      await expect(entries).toHaveCount(3);
      await expect(entries.nth(1)).toContainText('张伟');
      await expect(entries.nth(1)).toContainText('提交');
      await expect(entries.nth(1)).toContainText('总分 64');
      await expect(entries.nth(2)).toContainText('孙强');
      await expect(entries.nth(2)).toContainText('确认');
      await expect(entries.nth(2)).toContainText('认可本季度考核结果');
    });

    await test.step('the print view shows the same scorecard', async () => {
      await page.getByTestId('scorecard-print').click();
      await expect(page.getByTestId('scorecard-print-page')).toBeVisible();
      await expect(page.getByTestId('page-title')).toHaveText(`华东事业部 ${quarter} 考核表`);
      await expect(page.getByTestId('scorecard-state')).toHaveText('已确认');
      await page.getByTestId('scorecard-print-back').click();
    });

    await test.step('the scorecard passes axe-core in Chinese and English and fits a phone', async () => {
      await expect(page.getByTestId('history-entry')).toHaveCount(3);
      expect(await seriousFindings(page, scorecardPath, 'zh-CN')).toEqual([]);
      await page.getByTestId('language-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByTestId('scorecard-state')).toHaveText('Acknowledged');
      expect(await seriousFindings(page, scorecardPath, 'en')).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await expect(page.getByTestId('history-entry')).toHaveCount(3);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousFindings(page, scorecardPath, 'en')).toEqual([]);
      await openPath(page, `/assessments?quarter=${quarter}`);
      await expect(page.getByTestId('scorecard-state-east')).toHaveText('Acknowledged');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousFindings(page, '/assessments', 'en')).toEqual([]);
    });
  });
  test('an administrator changes an indicator’s target; the change is kept with their name', async ({ page }) => {
    test.setTimeout(300_000);
    await signInAs(page, 'admin');
    await page.getByTestId('menu-assessment-indicators').click();
    await expect(page.getByTestId('page-title')).toHaveText('考核指标设置');
    // Names are shown, not codes.
    await expect(page.getByTestId('indicator-item-name').first()).toHaveText('重要客户档案完整率');
    expect(await seriousFindings(page, '/assessment-indicators', 'zh-CN')).toEqual([]);
    await page.getByTestId('indicator-edit-1').click();
    await field(page, 'indicator-target').fill('0.95');
    expect(await seriousFindings(page, '/assessment-indicators (dialog)', 'zh-CN')).toEqual([]);
    await page.getByTestId('indicator-apply').click();
    await expect(page.getByTestId('indicator-item').nth(1)).toContainText('目标 ≥ 95%');
    await page.getByTestId('indicator-save').click();
    await expect(page.getByTestId('indicator-history')).toContainText('王磊');
    await page.getByTestId('language-switch').click();
    await expect(page.getByTestId('indicator-item-name').first()).toHaveText('Key archives complete');
    expect(await seriousFindings(page, '/assessment-indicators', 'en')).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(page.getByTestId('indicator-item-name').first()).toHaveText('Key archives complete');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
