import { test, type Page } from '@playwright/test';
import type { CustomerSummary } from '#shared/customer-view';
import { searchCustomers } from './support/app';
import { expect, openPath, signInAs as signIn, signOutOf as signOut } from './support/patient';
import { randomCreditCode, uniqueCustomerName } from './support/test-data';
import { api } from './support/twin-api';

/** Shanghai's date today, as the SPA shows dates (`2026-11-27 18:00`). */
const shanghaiToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** Arranges a customer through the API (the form is tested elsewhere): an east-unit customer owned by `ownerId`. */
async function arrangeCustomer(ownerId = 'east.staff', extra: Record<string, unknown> = {}): Promise<CustomerSummary & { marker: string }> {
  const { name, marker } = uniqueCustomerName();
  const customer = await api<CustomerSummary>('sales.head', 'POST', '/customers', {
    name,
    creditCode: randomCreditCode(),
    kind: 'main-business',
    creditRating: 'A',
    unitId: 'east',
    ownerId,
    contacts: [{ name: '王经理', title: '采购经理', phone: '13812345678', email: 'wang@example.cn', primary: true }],
    ...extra,
  });
  return { ...customer, marker };
}

/** Confirms the Element Plus message box with its button of this name. */
async function confirmDialog(page: Page, button: string | RegExp): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: button }).click();
  await expect(dialog).toBeHidden();
}

const badge = (page: Page) => page.getByTestId('inbox-badge').locator('.el-badge__content');

test.describe('the confidential archive (issue 3)', () => {
  // Several sign-ins per test, on a dev server shared with other work.
  test.describe.configure({ timeout: 300_000 });

  test('a VIP customer\'s contacts appear only after a purpose is given, masked by role, and the reading is in the access log', async ({ page }) => {
    const purpose = `合同评审 ${Date.now().toString(36)}`;

    await test.step('office.liu opens a VIP customer: contacts and credit are withheld until a purpose is given', async () => {
      await signIn(page, 'office.liu');
      await openPath(page, '/customers/seed-001');
      await expect(page.getByTestId('purpose-prompt')).toBeVisible();
      await expect(page.getByTestId('purpose-prompt')).toContainText('VIP客户');
      await expect(page.getByTestId('contacts-withheld')).toBeVisible();
      await expect(page.getByTestId('customer-contacts')).toHaveCount(0);
      await expect(page.getByTestId('customer-detail-credit-rating')).toHaveCount(0);
      // The office reads archives but keeps none: no verify, no delete.
      await expect(page.getByTestId('archive-freshness')).toBeVisible();
      await expect(page.getByTestId('customer-verify')).toHaveCount(0);
      await expect(page.getByTestId('customer-delete')).toHaveCount(0);
    });

    await test.step('a purpose too short is refused in the form', async () => {
      await page.getByTestId('purpose-input').fill('看');
      await page.getByTestId('purpose-submit').click();
      await expect(page.getByTestId('purpose-prompt').locator('.el-form-item__error')).toBeVisible();
      await expect(page.getByTestId('customer-contacts')).toHaveCount(0);
    });

    await test.step('with a purpose the contacts appear, phones and emails masked for the office', async () => {
      await page.getByTestId('purpose-input').fill(purpose);
      await page.getByTestId('purpose-submit').click();
      const contacts = page.getByTestId('customer-contacts');
      await expect(contacts).toBeVisible();
      await expect(page.getByTestId('purpose-prompt')).toHaveCount(0);
      await expect(page.getByTestId('customer-detail-credit-rating')).toHaveText(/^(AAA|AA)$/);
      await expect(contacts.locator('tbody tr').first()).toContainText('****');
      await expect(contacts).toContainText('***@example.cn');
      await expect(page.getByText('按您的角色，联系人电话和邮箱已部分隐藏。')).toBeVisible();
    });

    await test.step('sales.head gives a purpose too and sees the phones in full', async () => {
      await signOut(page);
      await signIn(page, 'sales.head');
      await openPath(page, '/customers/seed-001');
      await expect(page.getByTestId('contacts-withheld')).toBeVisible();
      await page.getByTestId('purpose-input').fill('回访准备');
      await page.getByTestId('purpose-submit').click();
      const contacts = page.getByTestId('customer-contacts');
      await expect(contacts.locator('tbody tr').first()).toContainText(/1\d{10}/);
      await expect(contacts).not.toContainText('****');
      await expect(contacts).toContainText('@example.cn');
    });

    await test.step('the access log, opened from the customer, shows office.liu\'s reading with her purpose', async () => {
      await page.getByTestId('customer-access-log').click();
      await expect(page).toHaveURL(/\/access-log\?customerId=seed-001/);
      await expect(page.getByTestId('page-title')).toHaveText('档案查阅记录');
      const row = page.getByTestId('access-log-table').locator('tbody tr', { hasText: purpose });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText('刘芳');
      await expect(row).toContainText('综合办公室');
      await expect(row).toContainText('档案详情');
      await expect(row).toContainText('联系人');
      await expect(row).toContainText('电话邮箱已隐藏');
      // Every row is this customer's.
      await expect(page.getByTestId('access-log-table').getByTestId('log-customer').first()).toHaveText('上海浦江精密机械有限公司');
    });

    await test.step('filtered by reader and today\'s date, the same reading is found from the menu', async () => {
      await page.getByTestId('menu-access-log').click();
      await expect(page).toHaveURL(/\/access-log$/);
      await page.getByTestId('log-filter-user').click();
      await page.getByRole('option', { name: '刘芳 · 综合办公室' }).click();
      const today = shanghaiToday();
      await page.getByTestId('log-filter-dates').locator('input').first().fill(today);
      await page.getByTestId('log-filter-dates').locator('input').last().fill(today);
      await page.getByTestId('log-filter-dates').locator('input').last().press('Enter');
      await page.getByTestId('log-search').click();
      await expect(page).toHaveURL(new RegExp(`userId=office.liu.*from=${today}&to=${today}`));
      await expect(page.getByTestId('access-log-table').locator('tbody tr', { hasText: purpose })).toHaveCount(1);
      for (const reader of await page.getByTestId('log-reader').allTextContents()) expect(reader).toBe('刘芳');
    });
  });

  test('an editor marks a customer verified and the history timeline shows it, in Chinese and English', async ({ page }) => {
    const customer = await arrangeCustomer('east.staff');

    await signIn(page, 'east.staff');
    await openPath(page, `/customers/${customer.id}`);
    await expect(page.getByTestId('customer-detail-name')).toHaveText(customer.name);
    await expect(page.getByTestId('customer-detail-verified')).toHaveText('尚未核实');
    await expect(page.getByTestId('archive-fresh')).toBeVisible();

    await test.step('mark verified, after confirming', async () => {
      await page.getByTestId('customer-verify').click();
      await expect(page.getByRole('dialog')).toContainText(`确认已核对客户“${customer.name}”的档案`);
      await confirmDialog(page, '标记已核实');
      await expect(page.getByTestId('customer-detail-verified')).toContainText(`${shanghaiToday()} `);
      await expect(page.getByTestId('customer-detail-verified')).toContainText('周婷');
      await expect(page.getByTestId('customer-detail-version')).toHaveText('2');
    });

    await test.step('the history shows who verified, when, and the field before → after', async () => {
      await page.getByTestId('history-show').click();
      const entries = page.getByTestId('history-entry');
      await expect(entries).toHaveCount(2);
      const verify = entries.first();
      await expect(verify).toHaveAttribute('data-action', 'verify');
      await expect(verify.getByTestId('history-action')).toHaveText('核实');
      await expect(verify.getByTestId('history-by')).toHaveText('周婷');
      const change = verify.locator('[data-field="lastVerifiedAt"]');
      await expect(change).toContainText('最后核实时间');
      await expect(change.getByTestId('history-before')).toHaveText('（空）');
      await expect(change.getByTestId('history-after')).toContainText(shanghaiToday());
      await expect(entries.last()).toHaveAttribute('data-action', 'create');
      await expect(entries.last().locator('[data-field="contacts"]')).toContainText('王经理、采购经理、13812345678');
    });

    await test.step('an edit shows up as before → after too', async () => {
      await page.getByTestId('customer-edit').click();
      await page.getByTestId('customer-notes').fill('年度核对完成');
      await page.getByTestId('customer-save').click();
      await expect(page.getByTestId('customer-detail-notes')).toHaveText('年度核对完成');
      await page.getByTestId('history-show').click();
      const update = page.getByTestId('history-entry').first();
      await expect(update).toHaveAttribute('data-action', 'update');
      await expect(update.locator('[data-field="notes"]').getByTestId('history-after')).toHaveText('年度核对完成');
    });

    await test.step('in English', async () => {
      await page.getByTestId('language-switch').click();
      await expect(page.getByTestId('archive-freshness')).toContainText('Last verified');
      await expect(page.getByTestId('customer-verify')).toHaveText('Mark verified');
      await expect(page.getByTestId('history-entry').first().getByTestId('history-action')).toHaveText('Changed');
      await expect(page.getByTestId('history-entry').nth(1).getByTestId('history-action')).toHaveText('Verified');
      await expect(page.getByTestId('history-entry').nth(1).locator('[data-field="lastVerifiedAt"]')).toContainText('Last verified at');
      await page.getByTestId('language-switch').click();
    });
  });

  test('a Sales head moves a customer to the recycle bin, it leaves the list, and is restored as it was', async ({ page }) => {
    const customer = await arrangeCustomer('east.staff');

    await signIn(page, 'sales.head');
    await openPath(page, `/customers/${customer.id}`);
    await expect(page.getByTestId('customer-detail-name')).toHaveText(customer.name);

    await test.step('delete asks first; cancelling keeps the customer', async () => {
      await page.getByTestId('customer-delete').click();
      await expect(page.getByRole('dialog')).toContainText(`确定将客户“${customer.name}”移入回收站吗？`);
      await confirmDialog(page, '取消');
      await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}$`));
    });

    await test.step('confirmed, the customer goes to the bin and out of the list', async () => {
      await page.getByTestId('customer-delete').click();
      await confirmDialog(page, '移入回收站');
      await expect(page.getByText(`客户“${customer.name}”已移入回收站。`)).toBeVisible();
      await expect(page).toHaveURL(/\/customers$/);
      await searchCustomers(page, customer.marker);
      await expect(page.getByTestId('customer-table').getByTestId('customer-link')).toHaveCount(0);
      await openPath(page, `/customers/${customer.id}`);
      await expect(page.getByTestId('load-error')).toBeVisible();
    });

    await test.step('the recycle bin lists it with who deleted it, and restores it', async () => {
      await page.getByTestId('menu-recycle-bin').click();
      await expect(page.getByTestId('page-title')).toHaveText('回收站');
      const row = page.getByTestId('bin-table').locator('tbody tr', { hasText: customer.name });
      await expect(row).toContainText('李静');
      await expect(row).toContainText('周婷');
      await row.getByTestId('bin-restore').click();
      await confirmDialog(page, '恢复');
      await expect(page.getByText(`客户“${customer.name}”已恢复。`)).toBeVisible();
      await expect(page.getByTestId('bin-table').locator('tbody tr', { hasText: customer.name })).toHaveCount(0);
    });

    await test.step('it is back in the list, unchanged, with both moves in its history', async () => {
      await page.getByTestId('menu-customers').click();
      await searchCustomers(page, customer.marker);
      await page.getByTestId('customer-table').getByRole('link', { name: customer.name }).click();
      await expect(page.getByTestId('customer-detail-name')).toHaveText(customer.name);
      await expect(page.getByTestId('customer-contacts')).toContainText('王经理');
      await page.getByTestId('history-show').click();
      const actions = page.getByTestId('history-entry').getByTestId('history-action');
      await expect(actions).toHaveText(['恢复', '移入回收站', '建档']);
    });
  });

  test('a reassignment notifies the new owner, whose badge clears when the notices are read', async ({ page }) => {
    const customer = await arrangeCustomer('east.staff');
    // A second unread notice, so that one is left for "mark all read" after one is read on its own.
    const earlier = await arrangeCustomer('east.staff');
    await api('sales.head', 'POST', '/customers/reassign', { fromOwnerId: 'east.staff', toOwnerId: 'east.staff2', customerIds: [earlier.id] });

    await test.step('sales.head moves the selected customer from one east salesperson to another', async () => {
      await signIn(page, 'sales.head');
      await page.getByTestId('menu-reassign').click();
      await expect(page.getByTestId('page-title')).toHaveText('批量移交客户');
      await page.getByTestId('reassign-from').click();
      await page.getByRole('option', { name: '周婷（业务单位业务员 · 华东事业部）' }).click();
      await page.getByTestId('reassign-to').click();
      // Only staff of the same unit are offered.
      await expect(page.getByRole('option', { name: /冯雪/ })).toHaveCount(0);
      await page.getByRole('option', { name: '吴昊（业务单位业务员 · 华东事业部）' }).click();
      await page.getByTestId('reassign-scope-selected').click();
      const row = page.getByTestId('reassign-customers').locator('tbody tr', { hasText: customer.name });
      await row.locator('.el-checkbox').click();
      await expect(page.getByTestId('reassign-count')).toContainText('已选择 1 位客户');
      await page.getByTestId('reassign-submit').click();
      await expect(page.getByRole('dialog')).toContainText('确定将 周婷 名下选定的 1 位客户移交给 吴昊 吗？');
      await confirmDialog(page, '移交');
      await expect(page.getByTestId('reassign-result')).toContainText('已移交 1 / 1 位客户');
      await expect(page.getByTestId('reassign-customers').locator('tbody tr', { hasText: customer.name })).toHaveCount(0);
    });

    await test.step('east.staff2 sees the unread badge and the notice in the inbox', async () => {
      await signOut(page);
      await signIn(page, 'east.staff2');
      await expect(badge(page)).toBeVisible();
      const before = Number(await badge(page).textContent());
      expect(before).toBeGreaterThan(0);
      await page.getByTestId('inbox-bell').click();
      const item = page.getByTestId('inbox-item').first();
      await expect(item.getByTestId('inbox-item-title')).toHaveText('1 位客户已转给您');
      await expect(item.getByTestId('inbox-item-body')).toContainText('周婷 的 1 位客户转给您负责');
      await expect(item).toHaveAttribute('data-read', 'false');

      expect(before).toBeGreaterThan(1);
      await item.getByTestId('inbox-item-read').click();
      await expect(item).toHaveAttribute('data-read', 'true');
      await expect(badge(page)).toHaveText(String(before - 1));
    });

    await test.step('mark all read clears the badge; the notice links to the customers now theirs', async () => {
      await page.getByTestId('inbox-mark-all').click();
      await expect(badge(page)).toBeHidden();
      await expect(page.locator('[data-testid="inbox-item"][data-read="false"]')).toHaveCount(0);
      await page.getByTestId('inbox-item').first().getByTestId('inbox-item-open').click();
      await expect(page).toHaveURL(/\/customers\?ownerId=east.staff2/);
      await searchCustomers(page, customer.marker);
      await expect(page.getByTestId('customer-table').getByRole('link', { name: customer.name })).toBeVisible();
    });

    await test.step('the inbox page lists the same notices, all read', async () => {
      await openPath(page, '/inbox');
      await expect(page.getByTestId('page-title')).toHaveText('消息通知');
      await expect(page.getByTestId('inbox-item').first()).toHaveAttribute('data-read', 'true');
      await expect(badge(page)).toBeHidden();
    });
  });

  test('the archive pages are offered only to the roles their API routes allow', async ({ page }) => {
    await signIn(page, 'office.liu');
    await expect(page.getByTestId('menu-access-log')).toBeVisible();
    await expect(page.getByTestId('menu-recycle-bin')).toHaveCount(0);
    await expect(page.getByTestId('menu-reassign')).toHaveCount(0);
    await openPath(page, '/recycle-bin');
    await expect(page).toHaveURL(/\/forbidden$/);

    await signOut(page);
    await signIn(page, 'east.staff');
    await expect(page.getByTestId('inbox-bell')).toBeVisible();
    for (const menu of ['menu-access-log', 'menu-recycle-bin', 'menu-reassign']) await expect(page.getByTestId(menu)).toHaveCount(0);
    await openPath(page, '/access-log');
    await expect(page).toHaveURL(/\/forbidden$/);
  });
});
