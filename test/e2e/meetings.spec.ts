import { test, type Page } from '@playwright/test';
import { choose } from './support/app';
import { seriousFindings } from './support/axe';
import { expect, signInAs } from './support/patient';
import { randomCreditCode } from './support/test-data';
import { api } from './support/twin-api';

/** The input behind a test id: Element Plus puts the id on the input itself, or on its wrapper. */
const field = (page: Page, testId: string) => page.getByTestId(testId).locator('xpath=descendant-or-self::*[self::input or self::textarea]').first();

/** A Shanghai calendar date `days` from today. */
const shanghaiDate = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));

test.describe('customer meetings and the opinions register (issue 17, 第三条〔四〕〔八〕)', () => {
  test('a meeting with two invited customers whose feedback becomes a request and a revisit, linked both ways, and shows in the register', async ({ page }) => {
    test.setTimeout(300_000);
    const marker = `ZT${Date.now().toString(36).toUpperCase()}`;
    const names = [`测试${marker}甲有限公司`, `测试${marker}乙有限公司`];
    for (const name of names) {
      await api('sales.zhang', 'POST', '/customers', { name, creditCode: randomCreditCode(), kind: 'main-business', creditRating: 'A', unitId: 'east', contacts: [{ name: '钱立群', title: '采购经理', primary: true }] });
    }
    const topic = `年度重点客户座谈会（${marker}）`;
    const feedback = `希望缩短交货周期（${marker}）`;
    const feedback2 = `希望每季度来访一次（${marker}）`;
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

    await test.step('changes the plan’s place while it is planned, and the change is listed', async () => {
      await page.getByTestId('meeting-edit').click();
      await field(page, 'meeting-place').fill('公司五楼会议室');
      await page.getByTestId('meeting-plan-submit').click();
      await expect(page.getByTestId('meeting-place-shown')).toHaveText('公司五楼会议室');
      await expect(page.getByTestId('meeting-change')).toHaveCount(1);
      await page.getByTestId('meeting-history').locator('summary').click();
      await expect(page.getByTestId('meeting-change')).toContainText('地点：公司三楼会议室 → 公司五楼会议室');
      await expect(page.getByTestId('meeting-change')).toContainText('张伟');
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
      await page.getByTestId('feedback-customer').click();
      await page.getByRole('option', { name: names[1], exact: true }).click();
      await field(page, 'feedback-text').fill(feedback2);
      await page.getByTestId('feedback-save').click();
      await expect(page.getByTestId('feedback-item')).toHaveCount(2);
      meetingUrl = page.url();
    });

    await test.step('turns the first feedback into a service request in one step, linked both ways', async () => {
      const item = page.getByTestId('feedback-item').filter({ hasText: feedback });
      await item.getByTestId('feedback-to-request').click();
      const dialog = page.getByTestId('follow-up-request-dialog');
      await expect(dialog.getByTestId('follow-up-text')).toHaveText(feedback);
      await expect(field(page, 'follow-up-contact')).toHaveValue('钱立群');
      await choose(page, 'follow-up-kind', '咨询');
      await page.getByTestId('follow-up-create').click();
      await expect(dialog).toBeHidden();
      const link = item.getByTestId('feedback-request-link');
      await expect(link).toBeVisible();
      await expect(item.getByTestId('feedback-to-revisit')).toHaveCount(0);
      await link.click();
      await expect(page).toHaveURL(/\/service-requests\//);
      await expect(page.getByText(feedback).first()).toBeVisible();
      await page.getByTestId('sr-meeting-link').click();
      await expect(page).toHaveURL(meetingUrl);
    });

    await test.step('carries out the second as a revisit in one step, linked both ways', async () => {
      const item = page.getByTestId('feedback-item').filter({ hasText: feedback2 });
      await item.getByTestId('feedback-to-revisit').click();
      const dialog = page.getByTestId('follow-up-revisit-dialog');
      // The feedback is in the register already: shown, not copied into the revisit's opinions (it lands once).
      await expect(dialog.getByTestId('follow-up-text')).toHaveText(feedback2);
      await expect(field(page, 'revisit-opinions')).toHaveValue('');
      await page.getByTestId('convert-submit').click();
      await expect(dialog).toBeHidden();
      await item.getByTestId('feedback-revisit-link').click();
      await expect(page).toHaveURL(/\/customers\/[0-9A-Z]+\?revisit=/);
      await page.getByTestId('revisit-entry').getByTestId('revisit-meeting-link').click();
      await expect(page).toHaveURL(meetingUrl);
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

    await test.step('the open opinions are on Sales’ 工作台, counted as the list it opens shows them', async () => {
      await page.goto('/');
      const todo = page.locator('[data-testid="home-todo"][data-kind="opinions-open"]');
      await expect(todo).toBeVisible();
      const count = Number((await todo.locator('.home__todo-count').textContent())?.trim());
      expect(count).toBeGreaterThanOrEqual(2);
      await todo.click();
      await expect(page).toHaveURL(/\/opinions\?waitingOn=sales/);
      await expect(page.getByTestId('opinions-waiting-on')).toBeVisible();
      // The register's first page holds 50.
      await expect(page.getByTestId('opinions-table').locator('tbody tr')).toHaveCount(Math.min(count, 50));
      await expect(page.locator('tr', { hasText: feedback2 })).toHaveCount(1);
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
      await expect(page.getByTestId('feedback-item').filter({ hasText: feedback })).toBeVisible();
      expect(await seriousFindings(page, meetingUrl, 'zh-CN')).toEqual([]);
      await page.getByTestId('language-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect(await seriousFindings(page, meetingUrl, 'en')).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await expect(page.getByTestId('feedback-item').filter({ hasText: feedback })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousFindings(page, meetingUrl, 'en')).toEqual([]);
    });
  });

  test('the meeting dialogs — plan, invite, attendance, feedback to a request or a revisit — pass axe-core and fit 390 px in Chinese and English', async ({ page }) => {
    test.setTimeout(300_000);
    const marker = `ZD${Date.now().toString(36).toUpperCase()}`;
    const customer = await api<{ id: string }>('sales.zhang', 'POST', '/customers', { name: `测试${marker}有限公司`, creditCode: randomCreditCode(), kind: 'main-business', creditRating: 'A', unitId: 'east', contacts: [{ name: '钱立群', primary: true }] });
    const meeting = await api<{ id: string }>('sales.zhang', 'POST', '/meetings', { topic: `交流会（${marker}）`, kind: 'exchange', startsAt: new Date(Date.now() - 3_600_000).toISOString(), place: '公司三楼会议室', hostIds: ['sales.head'] });
    await api('sales.zhang', 'POST', `/meetings/${meeting.id}/invitations`, { customerIds: [customer.id] });
    await api('sales.zhang', 'POST', `/meetings/${meeting.id}/feedback`, { customerId: customer.id, text: `希望提供样品（${marker}）` });
    const url = `/meetings/${meeting.id}`;

    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, 'sales.zhang');
    const dialogs: [opener: string, name: string][] = [
      ['meeting-edit', 'plan'],
      ['meeting-invite', 'invite'],
      ['invitation-edit', 'attendance'],
      ['feedback-to-request', 'feedback → request'],
      ['feedback-to-revisit', 'feedback → revisit'],
    ];
    for (const lang of ['zh-CN', 'en']) {
      await page.evaluate((l) => localStorage.setItem('crm.lang', l), lang);
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
      await expect(page.getByTestId('feedback-item')).toHaveCount(1);
      for (const [opener, name] of dialogs) {
        await page.getByTestId(opener).first().click();
        const dialog = page.locator('.el-dialog:visible');
        await expect(dialog).toHaveCount(1);
        expect(await seriousFindings(page, `${url} (${name})`, lang)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} ${lang}`).toBeLessThanOrEqual(390);
        const box = await dialog.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 390, `${name} ${lang} fits`).toBe(true);
        await page.keyboard.press('Escape');
        await expect(dialog).toHaveCount(0);
      }
      // The minutes are written in the page itself (the meeting has started).
      await expect(page.getByTestId('meeting-minutes')).toBeVisible();
      expect(await seriousFindings(page, url, lang)).toEqual([]);
    }
  });
});
