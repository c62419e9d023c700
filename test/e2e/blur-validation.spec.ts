import { test, type Locator, type Page } from '@playwright/test';
import { choose } from './support/app';
import { expect, openPath, signInAs } from './support/patient';

/**
 * Issue 13: a field says what is wrong as soon as it is left, not only when the form is saved — in every
 * form (the customer and service-request forms have their own specs). Each form here: a required field
 * focused and left empty (Tab) shows its message before save is pressed; a valid value clears it.
 */
test.describe.configure({ timeout: 240_000 });

/** The input behind a test id: Element Plus puts the id on the input itself, or on its wrapper. */
const input = (page: Page, testId: string) => page.getByTestId(testId).locator('xpath=descendant-or-self::*[self::input or self::textarea]').first();
const errorOf = (item: Locator) => item.locator('.el-form-item__error');

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
  test('the users form (new person): name and role, in Chinese', async ({ page }) => {
    await signInAs(page, 'admin');
    await openPath(page, '/users');
    await page.getByTestId('user-new').click();
    const dialog = page.getByTestId('user-form-dialog');
    await expect(dialog).toBeVisible();
    await leftEmptyThenFilled(input(page, 'user-form-name'), dialog.getByTestId('field-name'), '此项必填。', '测试员甲');
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

  test('the revisit record: a visitor’s name', async ({ page }) => {
    await signInAs(page, 'east.staff');
    await openPath(page, '/customers/seed-001');
    await page.getByTestId('revisit-record').click();
    const dialog = page.getByTestId('revisit-dialog');
    await expect(dialog).toBeVisible();
    await leftEmptyThenFilled(input(page, 'revisit-visitor-name-0'), dialog.getByTestId('field-visitors'), '此项必填。', '孙强');
    await expect(errorOf(dialog.getByTestId('field-satisfaction'))).toHaveCount(0);
  });
});
