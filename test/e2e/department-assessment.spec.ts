import { test } from '@playwright/test';
import { formatIndicatorValue } from '#shared/assessments/scorecard-labels';
import { periodOf, previousPeriod } from '#shared/revisits/periods';
import type { ScorecardView } from '#shared/schemas/assessment.schema';
import { seriousFindings } from './support/axe';
import { expect, openPath, signInAs, signOutOf } from './support/patient';
import { api } from './support/twin-api';

const department = 'unit:east';

/** This quarter; a retry takes the quarter before it, because the first attempt may already have submitted this one. */
function scenarioQuarter(retry: number): string {
  let period = periodOf('quarter', new Date());
  for (let i = 0; i < retry; i++) period = previousPeriod(period);
  return period.id;
}

test.describe.configure({ timeout: 480_000 });

test.describe('the General Office’s department service assessment (issue 17, 第六条〔八〕)', () => {
  test('office.liu evaluates East China’s quarter beside its service figures and submits; east.head acknowledges; axe-clean and 390 px in zh and en', async ({ page }, testInfo) => {
    const quarter = scenarioQuarter(testInfo.retry);
    const scorecardPath = `/assessments/departments/${department}/${quarter}`;
    const listPath = `/assessments/departments?quarter=${quarter}`;
    const before = await api<ScorecardView>('office.liu', 'GET', scorecardPath);
    // A twin where this quarter was already submitted cannot run this scenario (npm start -- --reset).
    expect(['draft', 'objected'], 'East China’s scorecard of this quarter must still be open in this twin').toContain(before.scorecard.state);
    const overall = `华东事业部本季度服务请求响应及时，投诉均已跟踪办结；转办后的答复时限仍需缩短（E2E ${Date.now().toString(36)}）。`;

    await test.step('office.liu opens East China’s quarter from the menu and sees the figures the system computed', async () => {
      await signInAs(page, 'office.liu');
      await page.getByTestId('menu-assessments/departments').click();
      await expect(page.getByTestId('page-title')).toHaveText('部门客户服务质量考核');
      await openPath(page, listPath);
      await expect(page.getByTestId('scorecard-row-office')).toHaveCount(0);
      await page.getByTestId(`scorecard-open-${department}`).click();
      await expect(page.getByTestId('page-title')).toHaveText(`华东事业部 ${quarter} 客户服务质量考核表`);
      await expect(page.getByTestId('scorecard-state')).toHaveText(before.scorecard.state === 'draft' ? '草稿' : '有异议');
      for (const row of before.rows) {
        await expect(page.getByTestId(`indicator-value-${row.definition.code}`)).toHaveText(formatIndicatorValue(row.computed.value, row.definition.format, 'zh-CN'));
      }
    });

    await test.step('office.liu scores every figure, writes the evaluation and submits it to the department’s head', async () => {
      for (const row of before.rows) {
        const input = page.locator(`[data-testid="score-${row.definition.code}"] input, input[data-testid="score-${row.definition.code}"]`);
        await input.fill(String(row.definition.maxScore - 1));
        await input.press('Tab');
      }
      await page.locator('[data-testid="comment-resolution-rate"] input, input[data-testid="comment-resolution-rate"]').fill('办结及时。');
      await page.locator('[data-testid="scorecard-overall"] textarea, textarea[data-testid="scorecard-overall"]').fill(overall);
      const total = before.rows.reduce((n, r) => n + r.definition.maxScore - 1, 0);
      await expect(page.getByTestId('scorecard-total')).toHaveText(`总分 ${total} / ${before.maxTotal}`);
      await page.getByTestId('scorecard-submit').click();
      await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click();
      await expect(page.getByTestId('scorecard-state')).toHaveText('待确认');
      await expect(page.getByTestId('scorecard-as-of')).toContainText('（提交时数据）');
      await expect(page.getByTestId('scorecard-overall-text')).toHaveText(overall);
      await expect(page.getByTestId('scorecard-submit')).toHaveCount(0);
      await signOutOf(page);
    });

    await test.step('east.head sees it in their list only, reads the evaluation and acknowledges it', async () => {
      await signInAs(page, 'east.head');
      await page.getByTestId('menu-assessments/departments').click();
      await openPath(page, listPath);
      await expect(page.getByTestId(`scorecard-state-${department}`)).toHaveText('待确认');
      await expect(page.getByTestId('scorecard-row-sales')).toHaveCount(0);
      await page.getByTestId(`scorecard-open-${department}`).click();
      await expect(page.getByTestId('scorecard-overall-text')).toHaveText(overall);
      await expect(page.getByTestId('scored-resolution-rate')).toContainText(String(before.rows.find((r) => r.definition.code === 'resolution-rate')!.definition.maxScore - 1));
      await page.getByTestId('scorecard-acknowledge').click();
      await page.locator('[data-testid="answer-text"] textarea, textarea[data-testid="answer-text"]').fill('已知悉，下季度缩短转办答复时限。');
      await page.getByTestId('answer-submit').click();
      await expect(page.getByTestId('scorecard-state')).toHaveText('已确认');
      await expect(page.getByTestId('scorecard-acknowledge')).toHaveCount(0);
      await expect(page.getByTestId('history-action')).toContainText(['提交', '确认']);
    });

    await test.step('it exports to .xlsx and prints without the app around it', async () => {
      const download = page.waitForEvent('download');
      await page.getByTestId('scorecard-export').click();
      expect((await download).suggestedFilename()).toBe(`华东事业部 ${quarter} 客户服务质量考核表.xlsx`);
      await page.getByTestId('scorecard-print').click();
      await expect(page.getByTestId('scorecard-print-page')).toBeVisible();
      await expect(page.getByTestId('page-title')).toHaveText(`华东事业部 ${quarter} 客户服务质量考核表`);
      await expect(page.getByTestId('current-user-name')).toHaveCount(0);
    });

    await test.step('the scorecard passes axe-core in both languages and fits a phone', async () => {
      await openPath(page, scorecardPath);
      await expect(page.getByTestId('scorecard-state')).toHaveText('已确认');
      expect(await seriousFindings(page, scorecardPath, 'zh-CN')).toEqual([]);
      await page.getByTestId('language-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByTestId('page-title')).toHaveText(`East China Division ${quarter} customer-service scorecard`);
      expect(await seriousFindings(page, scorecardPath, 'en')).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await expect(page.getByTestId('scorecard-state')).toHaveText('Acknowledged');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousFindings(page, scorecardPath, 'en')).toEqual([]);
      await openPath(page, '/assessments/departments');
      await expect(page.getByTestId(`scorecard-state-${department}`)).toHaveText('Acknowledged');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousFindings(page, '/assessments/departments', 'en')).toEqual([]);
    });

    const after = await api<ScorecardView>('leader', 'GET', scorecardPath);
    expect(after.scorecard).toMatchObject({ state: 'acknowledged', overallComment: overall });
    expect(after.scorecard.history.map((h) => h.action).slice(-2)).toEqual(['submit', 'acknowledge']);
  });
});
