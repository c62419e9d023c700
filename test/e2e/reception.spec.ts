import { test, type Page } from '@playwright/test';
import { choose } from './support/app';
import { expect, openPath, signInAs, signOutOf } from './support/patient';
import { api } from './support/twin-api';

/** A Shanghai calendar date `days` from today. */
const shanghaiDate = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));

/** Types a Shanghai wall clock into an Element Plus date-time picker (inside the form item `field-<path>`) and confirms it. */
async function pickDateTime(page: Page, testId: string, value: string): Promise<void> {
  const input = page.getByTestId(testId).locator('input');
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

/** Ticks a step of the checklist done with a note, as whoever is signed in. */
async function tick(page: Page, stepId: string, note: string): Promise<void> {
  const row = page.locator(`tr.visit-step-${stepId}`);
  await row.getByTestId('step-tick').click();
  await page.getByTestId('step-note-input').fill(note);
  await page.getByTestId('step-tick-submit').click();
  await expect(row.getByTestId('step-status')).toHaveText('已完成');
  await expect(row.getByTestId('step-note')).toHaveText(note);
}

const screenshots = process.env.RC_SCREENSHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (screenshots) await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
}

const stepStatus = (page: Page, stepId: string) => page.locator(`tr.visit-step-${stepId}`).getByTestId('step-status');

test.describe('receiving a visiting customer (issue 7, 第十条〔三〕)', () => {
  test('a VIP chairman’s visit: registered, approved by leadership, every step done by the owner the standard names, printed on one page', async ({ page }) => {
    // Four sign-ins and a dozen pages, on a dev server that transforms each module on first load.
    test.setTimeout(420_000);
    const marker = `RC${Date.now().toString(36).toUpperCase()}`;
    const purpose = `年度战略合作洽谈（${marker}）`;
    const customerName = '上海浦江精密机械有限公司';
    const arrival = `${shanghaiDate(8)} 10:30`;
    let visitId = '';

    await test.step('east.head registers a visit of seed-001’s chairman; the VIP chairman standard applies and needs leadership’s approval', async () => {
      await signInAs(page, 'east.head');
      await page.getByTestId('menu-visits').click();
      await expect(page.getByTestId('page-title')).toHaveText('客户接待');
      await page.getByTestId('visit-new').click();
      await expect(page.getByTestId('page-title')).toHaveText('登记来访');

      await page.getByTestId('customer-picker').click();
      await page.keyboard.type('上海浦江精密');
      await page.getByRole('option', { name: new RegExp(customerName) }).click();
      await page.getByTestId('visitor-name-0').fill('钱立群');
      await page.getByTestId('visitor-title-0').fill('董事长');
      await choose(page, 'visitor-rank-0', '董事长/总经理');
      await page.getByTestId('visitor-add').click();
      await page.getByTestId('visitor-name-1').fill('李敏');
      await page.getByTestId('visitor-title-1').fill('采购部经理');
      await choose(page, 'visitor-rank-1', '部门经理');
      await expect(page.getByTestId('visit-standard-preview')).toContainText('VIP客户董事长或总经理来访');
      await expect(page.getByTestId('visit-standard-preview')).toContainText('方案须报公司领导审批');

      await pickDateTime(page, 'field-arrivalAt', arrival);
      await pickDateTime(page, 'field-departureAt', `${shanghaiDate(9)} 16:00`);
      await page.getByTestId('visit-purpose').fill(purpose);
      await page.getByTestId('travel-arrival-place').fill('上海虹桥站');
      await pickDateTime(page, 'field-travel.arrival.at', arrival);
      await page.getByTestId('travel-arrival-reference').fill('G7');
      await page.getByTestId('visit-lodging').click();
      await page.getByTestId('visit-rooms').locator('input').fill('2');
      await page.getByTestId('visit-rooms').locator('input').press('Tab');
      await page.getByTestId('visit-headcount').locator('input').fill('3');
      await page.getByTestId('visit-headcount').locator('input').press('Tab');
      await shot(page, 'rc-register-zh');
      await page.getByTestId('visit-submit').click();

      await expect(page).toHaveURL(/\/visits\/[0-9A-Z]+$/);
      visitId = page.url().split('/').pop()!;
      await expect(page.getByTestId('page-title')).toHaveText(customerName);
      await expect(page.getByTestId('visit-status')).toHaveText('待审批');
      await expect(page.getByTestId('visit-standard')).toHaveText('VIP客户董事长或总经理来访');
      await expect(page.getByTestId('visit-approval-status')).toHaveText('待审批');
      await expect(page.getByTestId('visit-approver')).toContainText('公司领导');
      // 1〔1〕: information, plan, its approval, lodging (asked for), pick-up, meeting, banquet.
      await expect(page.getByTestId('visit-steps').locator('tbody tr')).toHaveCount(7);
      await expect(page.locator('tr.visit-step-info').getByTestId('step-due')).toHaveText('到达前 3 天');
      await expect(page.locator('tr.visit-step-pickup').getByTestId('step-owner')).toContainText('销售部负责人');
      await expect(page.locator('tr.visit-step-meeting').getByTestId('step-owner')).toContainText('公司领导');
      for (const step of ['lodging', 'pickup', 'meeting', 'banquet']) await expect(stepStatus(page, step)).toHaveText('待审批后办理');
      // The banquet waits for the approval: no tick yet, though it is the unit's.
      await expect(page.locator('tr.visit-step-banquet').getByTestId('step-tick')).toHaveCount(0);
      await tick(page, 'info', '来访 3 人，已报总经理办公室');
      await shot(page, 'rc-detail-awaiting-zh');
    });

    await test.step('leader finds the plan awaiting approval and approves it; the waiting steps open; leader holds the meeting', async () => {
      await signOutOf(page);
      await signInAs(page, 'leader');
      await page.getByTestId('menu-visit-approvals').click();
      await expect(page.getByTestId('page-title')).toHaveText('待我审批的接待方案');
      const row = page.locator(`tr.approval-row-${visitId}`);
      await expect(row.getByTestId('approval-customer')).toHaveText(customerName);
      await shot(page, 'rc-approvals-zh');
      await row.getByTestId('approval-open').click();
      await expect(page).toHaveURL(new RegExp(`/visits/${visitId}$`));
      await page.getByTestId('visit-approve').click();
      await page.getByTestId('decision-note').fill('同意，按标准接待');
      await page.getByTestId('decision-save').click();
      await expect(page.getByTestId('visit-status')).toHaveText('筹备中');
      await expect(page.getByTestId('visit-approval-status')).toHaveText('已批准');
      await expect(page.getByTestId('visit-decision')).toContainText('已批准');
      await expect(stepStatus(page, 'plan')).toHaveText('已完成');
      await expect(stepStatus(page, 'approval')).toHaveText('已完成');
      await expect(stepStatus(page, 'pickup')).toHaveText('待办');
      await tick(page, 'meeting', '专项会议定于三楼会议室，由总经理主持');
      await page.getByTestId('menu-visit-approvals').click();
      await expect(page.locator(`tr.approval-row-${visitId}`)).toHaveCount(0);
    });

    await test.step('sales.head meets the guests at the station (Sales head, 1〔1〕④)', async () => {
      await signOutOf(page);
      await signInAs(page, 'sales.head');
      await openPath(page, `/visits/${visitId}`);
      await expect(page.getByTestId('page-title')).toHaveText(customerName);
      // Only the steps the standard gives the Sales head can be ticked here.
      await expect(page.locator('tr.visit-step-banquet').getByTestId('step-tick')).toHaveCount(0);
      await tick(page, 'pickup', '已安排虹桥站接站，G7 次');
    });

    await test.step('east.head books the lodging and organises the banquet; every step is done', async () => {
      await signOutOf(page);
      await signInAs(page, 'east.head');
      await page.getByTestId('menu-visits').click();
      await page.locator(`[data-testid="visit-row"][data-visit-id="${visitId}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`/visits/${visitId}$`));
      await tick(page, 'lodging', '已预订两间客房');
      await tick(page, 'banquet', '晚宴定于公司餐厅，主管领导出面');
      await shot(page, 'rc-detail-done-zh');
      const statuses = page.getByTestId('visit-steps').getByTestId('step-status');
      await expect(statuses).toHaveCount(7);
      for (const s of await statuses.all()) await expect(s).toHaveText('已完成');
      const stored = await api<{ status: string; steps: { status: string; doneBy?: { id: string } }[] }>('east.head', 'GET', `/visits/${visitId}`);
      expect(stored.steps.every((s) => s.status === 'done')).toBe(true);
      expect(Object.fromEntries(stored.steps.map((s, i) => [i, s.doneBy?.id]))).toEqual({
        0: 'east.head', 1: 'east.head', 2: 'leader', 3: 'east.head', 4: 'sales.head', 5: 'leader', 6: 'east.head',
      });
    });

    await test.step('the print page shows the whole plan on one sheet, without the app around it', async () => {
      await openPath(page, `/visits/${visitId}/print`);
      await expect(page.getByTestId('print-heading')).toHaveText('客户来访接待方案');
      await expect(page.getByTestId('print-customer')).toHaveText(customerName);
      await expect(page.getByTestId('print-step')).toHaveCount(7);
      for (const s of await page.getByTestId('print-step-status').all()) await expect(s).toContainText('已完成');
      const { approval } = await api<{ approval: { rounds: { decidedBy?: { name: string } }[] } }>('east.head', 'GET', `/visits/${visitId}`);
      await expect(page.getByTestId('print-approval')).toContainText(`已由 ${approval.rounds[0]!.decidedBy!.name} 于`);
      await expect(page.getByTestId('visit-print')).toContainText(purpose);
      await expect(page.getByTestId('current-user-name')).toHaveCount(0);
      // One A4 page: on screen the sheet is A4's printable width (190 mm) with 10 mm padding each side, so its
      // height must stay within the printable height (297 mm less two 10 mm margins) plus that padding.
      const height = await page.getByTestId('visit-print').locator('article').evaluate((el) => el.getBoundingClientRect().height);
      expect(height).toBeLessThanOrEqual((297 / 25.4) * 96);
      await shot(page, 'rc-print-zh');
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByTestId('visit-print-now')).toBeHidden();
      await expect(page.getByTestId('print-step')).toHaveCount(7);
    });

    if (screenshots) {
      await test.step('screenshots of the other pages, and in English', async () => {
        await page.emulateMedia({ media: 'screen' });
        await openPath(page, '/visits');
        await expect(page.getByTestId('visit-row').first()).toBeVisible();
        await shot(page, 'rc-list-zh');
        await page.getByRole('tab', { name: '日历' }).click();
        await expect(page.getByTestId('calendar-visit').first()).toBeVisible();
        await shot(page, 'rc-calendar-zh');
        await openPath(page, '/visits/seed-visit-general-recorded');
        await expect(page.getByTestId('record-follow-ups')).toBeVisible();
        await shot(page, 'rc-recorded-zh');
        await openPath(page, '/customers/seed-003');
        await expect(page.getByTestId('customer-visits')).toBeVisible();
        await shot(page, 'rc-customer-zh');
        await openPath(page, `/visits/${visitId}`);
        await page.getByTestId('language-switch').click();
        await expect(page.getByTestId('visit-status')).toHaveText('In preparation');
        await shot(page, 'rc-detail-en');
        await page.getByTestId('language-switch').click();
      });
    }
  });

  test('after the visit, a follow-up item becomes a service request linked both ways, and another a recorded revisit', async ({ page }) => {
    test.setTimeout(300_000);
    const marker = `FU${Date.now().toString(36).toUpperCase()}`;
    const item = `客户反映上批货物外包装破损（${marker}）`;
    // Arranged through the API: a general customer's visit that has happened, recorded with two follow-up items.
    const arrivalAt = new Date(Date.now() - 3 * 3_600_000).toISOString();
    const visit = await api<{ id: string }>('east.head', 'POST', '/visits', {
      customerId: 'seed-003',
      visitors: [{ name: '周晓东', title: '运营部经理', rank: 'manager' }],
      arrivalAt,
      departureAt: new Date(Date.now() + 3_600_000).toISOString(),
      purpose: `售后服务沟通（${marker}）`,
      headcount: 1,
    });
    await api('east.head', 'POST', `/visits/${visit.id}/record`, {
      metWith: ['孙强'],
      outcomes: '客户希望加快售后响应',
      followUps: [
        { description: item, kind: 'service-request' },
        { description: '两周内回访确认处理结果', kind: 'revisit' },
      ],
    });

    await signInAs(page, 'east.head');
    await openPath(page, `/visits/${visit.id}`);
    await expect(page.getByTestId('visit-status')).toHaveText('已记录');
    const rows = page.getByTestId('record-follow-ups').locator('tbody tr');
    await rows.nth(0).getByTestId('follow-up-to-request').click();
    await expect(page.getByTestId('follow-up-text')).toHaveText(item);
    await choose(page, 'follow-up-kind', '售后质量问题');
    await page.getByTestId('follow-up-note').fill('客户要求本周内答复');
    await page.getByTestId('follow-up-create').click();
    await expect(rows.nth(0).getByTestId('follow-up-request-link')).toBeVisible();

    await rows.nth(1).getByTestId('follow-up-to-revisit').click();
    await page.getByTestId('convert-submit').click();
    await expect(rows.nth(1).getByTestId('follow-up-revisit-done')).toBeVisible();
    await expect(rows.getByTestId('follow-up-to-request')).toHaveCount(0);

    await rows.nth(0).getByTestId('follow-up-request-link').click();
    await expect(page).toHaveURL(/\/service-requests\/[0-9A-Z]+$/);
    await expect(page.getByTestId('sr-statement-shown')).toHaveText(`${item}\n\n客户要求本周内答复`);
    await expect(page.getByTestId('sr-first-owner')).toHaveText('孙强');
    await page.getByTestId('sr-visit-link').click();
    await expect(page).toHaveURL(new RegExp(`/visits/${visit.id}$`));
  });
});
