import { test, type Locator, type Page } from '@playwright/test';
import { choose } from './support/app';
import { periodOf } from '#shared/revisits/periods';
import { expect, openPath, signInAs } from './support/patient';
import { api } from './support/twin-api';

/**
 * Issue 13: a field says what is wrong as soon as it is left, not only when the form is saved — in every
 * form (the customer and service-request forms have their own specs). Each form here: a required field
 * focused and left empty (Tab) shows its message before save is pressed; a valid value clears it.
 */
test.describe.configure({ timeout: 240_000 });

/** The input behind a test id: Element Plus puts the id on the input itself, or on its wrapper. */
const input = (page: Page, testId: string) => page.getByTestId(testId).locator('xpath=descendant-or-self::*[self::input or self::textarea]').first();
const errorOf = (item: Locator) => item.locator('.el-form-item__error');
const shanghaiDate = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));

/** Focus, leave empty, Tab away: the message shows; a valid value and Tab again: it goes. */
async function leftEmptyThenFilled(field: Locator, item: Locator, message: string, value: string): Promise<void> {
  await field.focus();
  await field.fill('');
  await field.press('Tab');
  await expect(errorOf(item)).toHaveText(message);
  await field.fill(value);
  await field.press('Tab');
  await expect(errorOf(item)).toHaveCount(0);
}

test.describe('fields validate on blur as well as on save (issue 13)', () => {
  test('the users form (new person): name, email’s format and role, in Chinese', async ({ page }) => {
    await signInAs(page, 'admin');
    await openPath(page, '/users');
    await page.getByTestId('user-new').click();
    const dialog = page.getByTestId('user-form-dialog');
    await expect(dialog).toBeVisible();
    await leftEmptyThenFilled(input(page, 'user-form-name'), dialog.getByTestId('field-name'), '此项必填。', '测试员甲');
    // A filled-in field is checked as the API will check it: an email's format, before save.
    const email = input(page, 'user-form-email');
    await email.fill('zhang@');
    await email.press('Tab');
    await expect(errorOf(dialog.getByTestId('field-email'))).toHaveText('邮箱格式不正确。');
    await email.fill('zhang@example.cn');
    await email.press('Tab');
    await expect(errorOf(dialog.getByTestId('field-email'))).toHaveCount(0);
    // A select left without a choice says so too.
    await input(page, 'user-form-role').focus();
    await input(page, 'user-form-role').press('Tab');
    await expect(errorOf(dialog.getByTestId('field-role'))).toHaveText('请选择一项。');
    // A choice clears it at once (the select's change).
    await choose(page, 'user-form-role', '综合办公室');
    await expect(errorOf(dialog.getByTestId('field-role'))).toHaveCount(0);
    // Nothing was saved: the dialog is still open, and a field never visited says nothing.
    await expect(errorOf(dialog.getByTestId('field-username'))).toHaveCount(0);
    await expect(dialog).toBeVisible();
  });

  test('the units form (new unit): name, in English', async ({ page }) => {
    await signInAs(page, 'admin');
    await openPath(page, '/units');
    await page.getByTestId('language-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByTestId('unit-new').click();
    await leftEmptyThenFilled(input(page, 'unit-name-input'), page.getByTestId('field-name'), 'At least 2 characters.', '测试事业部');
    await expect(errorOf(page.getByTestId('field-code'))).toHaveCount(0);
  });

  test('the visit register (reception): purpose', async ({ page }) => {
    await signInAs(page, 'east.head');
    await openPath(page, '/visits/new');
    await expect(page.getByTestId('page-title')).toHaveText('登记来访');
    await leftEmptyThenFilled(input(page, 'visit-purpose'), page.getByTestId('field-purpose'), '至少 2 个字符。', '洽谈年度合作');
    await expect(errorOf(page.getByTestId('field-arrivalAt'))).toHaveCount(0);
  });

  test('the meeting plan: topic and place', async ({ page }) => {
    await signInAs(page, 'sales.zhang');
    await openPath(page, '/meetings');
    await page.getByTestId('meeting-plan').click();
    const dialog = page.getByTestId('meeting-plan-dialog');
    await expect(dialog).toBeVisible();
    await leftEmptyThenFilled(input(page, 'meeting-topic'), dialog.getByTestId('field-topic'), '至少 2 个字符。', '年度客户座谈会');
    await leftEmptyThenFilled(input(page, 'meeting-place'), dialog.getByTestId('field-place'), '至少 2 个字符。', '一号会议室');
    // Tabbing past the hosts left them empty: they say so; the time, never visited, says nothing.
    await expect(errorOf(dialog.getByTestId('field-hostIds'))).toBeVisible();
    await expect(errorOf(dialog.getByTestId('field-startsAt'))).toHaveCount(0);
  });

  test('the meeting minutes: too short a text', async ({ page }) => {
    // Arranged through the API: a meeting that started an hour ago, whose organizer writes the minutes in the page.
    const meeting = await api<{ id: string }>('sales.zhang', 'POST', '/meetings', {
      topic: `纪要校验（${Date.now().toString(36)}）`,
      kind: 'exchange',
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      place: '公司三楼会议室',
      hostIds: ['sales.head'],
    });
    await signInAs(page, 'sales.zhang');
    await openPath(page, `/meetings/${meeting.id}`);
    await leftEmptyThenFilled(input(page, 'meeting-minutes'), page.getByTestId('field-minutes'), '至少 2 个字符。', '双方商定下季度供货安排。');
    await expect(page.getByTestId('meeting-minutes-text')).toHaveCount(0);
  });

  test('the revisit record: a visitor’s name', async ({ page }) => {
    await signInAs(page, 'east.staff');
    await openPath(page, '/customers/seed-001');
    await page.getByTestId('revisit-record').click();
    const dialog = page.getByTestId('revisit-dialog');
    await expect(dialog).toBeVisible();
    await leftEmptyThenFilled(input(page, 'revisit-visitor-name-0'), dialog.getByTestId('field-visitors'), '此项必填。', '孙强');
    await expect(errorOf(dialog.getByTestId('field-satisfaction'))).toHaveCount(0);
  });

  test('the visit approval: a rejection’s reason', async ({ page }) => {
    // Arranged through the API: a VIP chairman's visit, whose plan waits for leadership's approval.
    const visit = await api<{ id: string }>('east.head', 'POST', '/visits', {
      customerId: 'seed-001',
      visitors: [{ name: '钱立群', title: '董事长', rank: 'chairman-gm' }],
      arrivalAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      departureAt: new Date(Date.now() + 11 * 86_400_000).toISOString(),
      purpose: `失焦校验（${Date.now().toString(36)}）`,
      headcount: 1,
    });
    await signInAs(page, 'leader');
    await openPath(page, `/visits/${visit.id}`);
    await page.getByTestId('visit-reject').click();
    const dialog = page.getByTestId('decision-dialog');
    await expect(dialog).toBeVisible();
    await leftEmptyThenFilled(input(page, 'decision-note'), dialog.getByTestId('field-reason'), '退回方案时须说明理由。', '接待规格需调整');
    await expect(dialog).toBeVisible();
  });

  test('the revisit report review: a return’s comment', async ({ page }) => {
    // Arranged through the API: North China's report of this quarter, submitted (east's belongs to revisit-report.spec).
    const quarter = periodOf('quarter', new Date()).id;
    const path = `/revisit-reports/north/${quarter}`;
    const before = await api<{ report: { version: number } }>('north.head', 'GET', path);
    const written = { mainResults: '重点客户均已回访。', problems: '一般客户回访深度不足。', improvements: '下季度按月排期上门回访。' };
    await api('north.head', 'POST', `${path}/submit`, written, { 'If-Match': `"${before.report.version}"` });
    await signInAs(page, 'sales.head');
    await openPath(page, path);
    await page.getByTestId('report-review').click();
    const dialog = page.getByTestId('report-review-dialog');
    await dialog.getByTestId('review-return').click();
    await leftEmptyThenFilled(input(page, 'review-comment'), dialog.getByTestId('field-comment'), '退回报告时须写明意见。', '请补充改进措施的责任人。');
    // Accepting needs no comment: a message shown for an empty one goes when accept is chosen.
    await input(page, 'review-comment').fill('');
    await input(page, 'review-comment').press('Tab');
    await expect(errorOf(dialog.getByTestId('field-comment'))).toHaveText('退回报告时须写明意见。');
    await dialog.getByTestId('review-accept').click();
    await expect(errorOf(dialog.getByTestId('field-comment'))).toHaveCount(0);
  });

  test('the temporary plan decision: a rejection’s reason', async ({ page }) => {
    // Arranged through the API: a North China temporary plan waiting for leadership.
    const customers = await api<{ items: { id: string }[] }>('north.head', 'GET', '/customers?limit=1');
    const created = await api<{ plan: { id: string } }>('north.head', 'POST', '/revisit-plans/temporary', {
      purpose: `失焦校验临时回访 ${Date.now().toString(36)}`,
      customerIds: [customers.items[0]!.id],
      startDate: shanghaiDate(0),
      endDate: shanghaiDate(7),
    });
    await signInAs(page, 'leader');
    await openPath(page, `/revisit-plans/temporary/${created.plan.id}`);
    await page.getByTestId('plan-decide').click();
    const dialog = page.getByTestId('decision-dialog');
    await dialog.getByTestId('decision-reject').click();
    await leftEmptyThenFilled(input(page, 'decision-note'), dialog.getByTestId('field-reason'), '退回或取消时须说明理由。', '客户范围需再确认');
  });

  test('the reassignment page: the current owner', async ({ page }) => {
    await signInAs(page, 'sales.head');
    await openPath(page, '/reassign');
    await expect(page.getByTestId('page-title')).toHaveText('批量移交客户');
    const from = input(page, 'reassign-from');
    await from.focus();
    await from.press('Tab');
    await expect(errorOf(page.getByTestId('field-fromOwnerId'))).toHaveText('请选择一项。');
    // The new owner, never reached, says nothing; a choice clears the message at once.
    await expect(errorOf(page.getByTestId('field-toOwnerId'))).toHaveCount(0);
    await page.getByTestId('reassign-from').click();
    await page.getByRole('option', { name: '周婷（业务单位业务员 · 华东事业部）' }).click();
    await expect(errorOf(page.getByTestId('field-fromOwnerId'))).toHaveCount(0);
  });

  test('the tier rules: the VIP threshold', async ({ page }) => {
    await signInAs(page, 'admin');
    await openPath(page, '/tier-rules');
    await expect(page.getByTestId('page-title')).toHaveText('客户分级规则');
    const vip = input(page, 'tier-rules-vip');
    const before = await vip.inputValue();
    await leftEmptyThenFilled(vip, page.getByTestId('field-vipThresholdFen'), '请输入大于 0 的金额（元），最多两位小数。', before);
    await expect(errorOf(page.getByTestId('field-keyThresholdFen'))).toHaveCount(0);
  });

  test('the revisit rules: a rule’s Chinese label', async ({ page }) => {
    await signInAs(page, 'admin');
    await openPath(page, '/revisit-rules');
    await expect(page.getByTestId('revisit-rules-form')).toBeVisible();
    const label = input(page, 'rule-label-zh-0');
    const before = await label.inputValue();
    const item = page.locator('.el-form-item').filter({ has: page.getByTestId('rule-label-zh-0') });
    await leftEmptyThenFilled(label, item, '此项必填。', before);
    // Another rule's label, never visited, says nothing; nothing was saved.
    await expect(errorOf(page.locator('.el-form-item').filter({ has: page.getByTestId('rule-label-zh-1') }))).toHaveCount(0);
  });

  test('my notification channels: the email address once email is on', async ({ page }) => {
    await signInAs(page, 'east.staff');
    await openPath(page, '/notification-settings');
    await expect(page.getByTestId('notify-form')).toBeVisible();
    await page.getByTestId('notify-email-enabled').click();
    await leftEmptyThenFilled(input(page, 'notify-email-address'), page.getByTestId('field-email.address'), '启用邮件提醒须填写邮箱。', 'zhou.ting@example.cn');
    await expect(errorOf(page.getByTestId('field-wecom.webhookUrl'))).toHaveCount(0);
  });
});
