import { test, type Page } from '@playwright/test';
import { seriousFindings } from './support/axe';
import { expect, signInAs } from './support/patient';
import { randomCreditCode } from './support/test-data';
import { api } from './support/twin-api';

/** The input behind a test id: Element Plus puts the id on the input itself, or on its wrapper. */
const field = (page: Page, testId: string) => page.getByTestId(testId).locator('xpath=descendant-or-self::*[self::input or self::textarea]').first();

/** A Shanghai calendar date `days` from today. */
const shanghaiDate = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));

test.describe('customer meetings and the opinions register (issue 17, 第三条〔四〕〔八〕)', () => {
  test('a meeting with two invited customers whose feedback becomes a service request, and shows in the register', async ({ page }) => {
    test.setTimeout(300_000);
    const marker = `ZT${Date.now().toString(36).toUpperCase()}`;
    const names = [`测试${marker}甲有限公司`, `测试${marker}乙有限公司`];
    for (const name of names) {
      await api('sales.zhang', 'POST', '/customers', { name, creditCode: randomCreditCode(), kind: 'main-business', creditRating: 'A', unitId: 'east', contacts: [{ name: '钱立群', title: '采购经理', primary: true }] });
    }
    const topic = `年度重点客户座谈会（${marker}）`;
    const feedback = `希望缩短交货周期（${marker}）`;
    let meetingUrl = '';

    await test.step('sales.zhang plans the meeting, hosted by 李静, held yesterday', async () => {
      await signInAs(page, 'sales.zhang');
      await page.getByTestId('menu-meetings').click();
      await expect(page.getByTestId('page-title')).toHaveText('客户座谈会、交流会');
      await page.getByTestId('meeting-plan').click();
      await field(page, 'meeting-topic').fill(topic);
      // The picker's input is the dialog's combobox named by its label.
      const when = page.getByRole('dialog').getByRole('combobox', { name: /时间/ });
      await when.fill(`${shanghaiDate(-1)} 10:00`);
      await when.press('Enter');
      await field(page, 'meeting-place').fill('公司三楼会议室');
      await page.getByTestId('meeting-hosts').click();
      await page.getByRole('option', { name: '李静', exact: true }).click();
      await page.keyboard.press('Escape');
      await field(page, 'meeting-budget').fill('茶歇与资料 3000 元');
      await page.getByTestId('meeting-plan-submit').click();
      await expect(page.getByTestId('page-title')).toHaveText(topic);
      await expect(page.getByTestId('meeting-hosts')).toHaveText('李静');
    });

    await test.step('invites the two customers one by one from the archive', async () => {
      await page.getByTestId('meeting-invite').click();
      await page.getByTestId('invite-customers').click();
      await page.keyboard.type(marker);
      for (const name of names) await page.getByRole('option', { name: new RegExp(name) }).click();
      // Closes the multi-select's list (it stays open while choosing) without closing the dialog.
      await page.getByRole('dialog').getByRole('heading', { name: '邀请客户' }).click();
      await page.getByTestId('invite-submit').click();
      await expect(page.getByTestId('invitation-customer')).toHaveCount(2);
      await expect(page.getByTestId('meeting-summary')).toContainText('邀请 2 家');
    });

    await test.step('records that the first came, and its feedback', async () => {
      await page.getByTestId('invitation-edit').first().click();
      await page.getByTestId('invitation-came').click();
      await field(page, 'invitation-attendees').fill('钱立群');
      await page.getByTestId('invitation-save').click();
      await expect(page.getByTestId('meeting-summary')).toContainText('出席 1');

      await page.getByTestId('feedback-customer').click();
      await page.getByRole('option', { name: names[0], exact: true }).click();
      await field(page, 'feedback-text').fill(feedback);
      await field(page, 'feedback-raised-by').fill('钱立群');
      await page.getByTestId('feedback-save').click();
      await expect(page.getByTestId('feedback-item')).toContainText(feedback);
      meetingUrl = page.url();
    });

    await test.step('turns the feedback into a service request in one step, linked both ways', async () => {
      await page.getByTestId('feedback-to-request').click();
      await page.getByTestId('feedback-convert-submit').click();
      const link = page.getByTestId('feedback-request-link');
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(/\/service-requests\//);
      await expect(page.getByText(feedback).first()).toBeVisible();
    });

    await test.step('the register shows the feedback from the meeting, linked to the request', async () => {
      await page.getByTestId('menu-opinions').click();
      await expect(page.getByTestId('page-title')).toHaveText('客户意见与建议登记');
      const row = page.locator('tr', { hasText: feedback });
      await expect(row).toBeVisible();
      await expect(row.getByTestId('opinion-customer')).toHaveText(names[0]!);
      await expect(row.getByTestId('opinion-source')).toHaveText('座谈会');
      await row.getByTestId('opinion-source').click();
      await expect(page).toHaveURL(/\/service-requests\//);
    });

    await test.step('the customer’s page lists the meeting it attended', async () => {
      const found = await api<{ items: { id: string; name: string }[] }>('sales.zhang', 'GET', `/customers?q=${encodeURIComponent(marker)}`);
      const first = found.items.find((c) => c.name === names[0])!;
      await page.goto(`/customers/${first.id}`);
      const meetings = page.getByTestId('customer-meetings');
      await expect(meetings.getByTestId('customer-meeting-topic')).toHaveText(topic);
      await expect(meetings.getByTestId('customer-meeting-attended')).toHaveText('已出席');
    });

    await test.step('the meeting page passes axe-core in both languages and fits a phone', async () => {
      await page.goto(meetingUrl);
      await expect(page.getByTestId('feedback-item')).toContainText(feedback);
      expect(await seriousFindings(page, meetingUrl, 'zh-CN')).toEqual([]);
      await page.getByTestId('language-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect(await seriousFindings(page, meetingUrl, 'en')).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await expect(page.getByTestId('feedback-item')).toContainText(feedback);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousFindings(page, meetingUrl, 'en')).toEqual([]);
    });
  });
});
