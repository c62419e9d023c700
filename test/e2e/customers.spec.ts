import { expect, test } from '@playwright/test';
import { choose, createCustomer, fieldError, searchCustomers, signIn, signOut } from './support/app';
import { randomCreditCode, uniqueCustomerName, withWrongCheckChar } from './support/test-data';
import { api } from './support/twin-api';

test.describe('customer archive (issue 2)', () => {
  test('a unit salesperson creates, finds and edits a customer that another unit cannot see; the UI switches to English', async ({ page }) => {
    const { name, marker } = uniqueCustomerName();
    const creditCode = randomCreditCode();
    const notes = `首次拜访于展会，${marker}`;

    await test.step('the sign-in page is in Chinese first, with a language switch', async () => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/sign-in/);
      await expect(page.getByRole('heading', { name: '客户管理系统' })).toBeVisible();
      await expect(page.getByTestId('language-switch')).toHaveText('English');
    });

    await test.step('east.staff signs in and sees their role', async () => {
      await signIn(page, 'east.staff');
      await expect(page.getByTestId('current-user-role')).toHaveText('业务单位业务员');
      // Everyone lands on their 工作台 (issue 12); the customer list is one click away.
      await expect(page).toHaveURL(/\/home$/);
      await page.getByTestId('menu-customers').click();
      await expect(page.getByTestId('page-title')).toHaveText('客户档案');
    });

    await test.step('creates a customer; unit and owner are preset to their own', async () => {
      await page.getByTestId('customer-new').click();
      await expect(page.getByTestId('page-title')).toHaveText('新建客户');
      await expect(page.getByTestId('field-unitId')).toContainText('华东事业部');
      await expect(page.getByTestId('field-ownerId')).toContainText('周婷');

      await page.getByTestId('customer-name').fill(name);
      await page.getByTestId('customer-credit-code').fill(creditCode.toLowerCase());
      await choose(page, 'customer-kind', '主营业务客户');
      await choose(page, 'customer-credit-rating', 'AA');
      await page.getByTestId('contact-add').click();
      await page.getByTestId('contact-name-0').fill('王经理');
      await page.getByTestId('contact-title-0').fill('采购经理');
      await page.getByTestId('contact-phone-0').fill('13812345678');
      await page.getByTestId('customer-save').click();

      await expect(page).toHaveURL(/\/customers\/[^/]+$/);
      await expect(page.getByTestId('customer-detail-name')).toHaveText(name);
      // Lower-case input is normalized by the shared schema.
      await expect(page.getByTestId('customer-detail-credit-code')).toHaveText(creditCode);
      await expect(page.getByTestId('customer-detail-unit')).toHaveText('华东事业部');
      await expect(page.getByTestId('customer-detail-owner')).toHaveText('周婷');
      await expect(page.getByTestId('customer-contacts')).toContainText('王经理');
      await expect(page.getByTestId('customer-detail-version')).toHaveText('1');
    });

    await test.step('finds it in the list by part of its Chinese name and opens it', async () => {
      await page.getByTestId('menu-customers').click();
      await searchCustomers(page, marker);
      const table = page.getByTestId('customer-table');
      await expect(table.getByTestId('customer-link')).toHaveCount(1);
      const row = table.locator('tr', { has: page.getByRole('link', { name }) });
      await expect(row).toContainText(creditCode);
      await expect(row).toContainText('主营业务客户');
      await expect(row).toContainText('华东事业部');
      await expect(row).toContainText('周婷');
      await expect(row).toContainText('¥0.00');
      await table.getByRole('link', { name }).click();
      await expect(page.getByTestId('customer-detail-name')).toHaveText(name);
    });

    await test.step('edits the notes and sees the change', async () => {
      await page.getByTestId('customer-edit').click();
      await expect(page.getByTestId('page-title')).toHaveText('编辑客户');
      await expect(page.getByTestId('customer-name')).toHaveValue(name);
      await page.getByTestId('customer-notes').fill(notes);
      await page.getByTestId('customer-save').click();
      await expect(page).toHaveURL(/\/customers\/[^/]+$/);
      await expect(page.getByTestId('customer-detail-notes')).toHaveText(notes);
      await expect(page.getByTestId('customer-detail-version')).toHaveText('2');
    });

    const customerUrl = page.url();

    await test.step('a salesperson of Sales edits it; east.staff sees who by name, though Sales is outside their unit', async () => {
      const customerId = customerUrl.split('/').pop()!;
      await api('sales.zhang', 'PATCH', `/customers/${customerId}`, { notes: `${notes}（销售部补充）` }, { 'if-match': '"2"' });
      await page.reload();
      await expect(page.getByTestId('customer-detail-version')).toHaveText('3');
      await expect(page.getByTestId('customer-detail-updated-by')).toHaveText('张伟');
    });

    await test.step('north.staff cannot find it, nor open it by its address', async () => {
      await signOut(page);
      await signIn(page, 'north.staff');
      await page.getByTestId('menu-customers').click();
      await searchCustomers(page, marker);
      await expect(page.getByTestId('customer-table')).toContainText('没有符合条件的客户');
      await expect(page.getByTestId('customer-table').getByTestId('customer-link')).toHaveCount(0);
      await page.goto(customerUrl);
      await expect(page.getByTestId('load-error')).toContainText('未找到该记录，或您无权查看。');
    });

    await test.step('switching to English shows English labels, and the choice survives a reload', async () => {
      await page.getByTestId('menu-customers').click();
      await page.getByTestId('language-switch').click();
      await expect(page.getByTestId('page-title')).toHaveText('Customers');
      await expect(page.getByTestId('language-switch')).toHaveText('中文');
      await expect(page.getByTestId('current-user-role')).toHaveText('Unit salesperson');
      await expect(page.getByTestId('menu-customers')).toHaveText('Customers');
      await expect(page.getByTestId('customer-new')).toHaveText('New customer');
      await expect(page.getByTestId('customer-table').locator('thead')).toContainText('Credit code');
      await expect(page.getByTestId('sign-out')).toHaveText('Sign out');
      await page.reload();
      await expect(page.getByTestId('page-title')).toHaveText('Customers');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  });

  test('the form shows the credit-code error next to the field, in the UI language', async ({ page }) => {
    await signIn(page, 'east.staff');
    await page.getByTestId('menu-customers').click();
    await page.getByTestId('customer-new').click();
    await page.getByTestId('customer-name').fill(uniqueCustomerName().name);
    await page.getByTestId('customer-credit-code').fill(withWrongCheckChar(randomCreditCode()));
    await choose(page, 'customer-kind', '潜在客户');
    await choose(page, 'customer-credit-rating', 'B');
    await page.getByTestId('customer-save').click();

    await expect(fieldError(page, 'creditCode')).toHaveText('统一社会信用代码无效（应为 18 位且校验位正确）。');
    await expect(fieldError(page, 'name')).toHaveCount(0);
    await expect(page).toHaveURL(/\/customers\/new$/);

    await page.getByTestId('language-switch').click();
    await page.getByTestId('customer-save').click();
    await expect(fieldError(page, 'creditCode')).toHaveText(
      'Not a valid unified social credit code (18 characters with a correct check character).',
    );
  });

  test('a credit code another customer holds is refused by the server, shown next to the field', async ({ page }) => {
    await signIn(page, 'east.staff');
    await page.getByTestId('menu-customers').click();
    const firstRow = page.getByTestId('customer-table').locator('tbody tr').first();
    const takenBy = (await firstRow.getByTestId('customer-link').textContent())!.trim();
    const takenCode = (await firstRow.locator('td').nth(1).textContent())!.trim();

    await page.getByTestId('customer-new').click();
    await page.getByTestId('customer-name').fill(uniqueCustomerName().name);
    await page.getByTestId('customer-credit-code').fill(takenCode);
    await choose(page, 'customer-kind', '非主营业务服务客户');
    await choose(page, 'customer-credit-rating', 'A');
    await page.getByTestId('customer-save').click();

    await expect(fieldError(page, 'creditCode')).toContainText(`已被客户“${takenBy}”使用`);
    await expect(page).toHaveURL(/\/customers\/new$/);
  });

  test('saving over someone else\'s change offers to reload the latest version', async ({ page, context }) => {
    await signIn(page, 'east.head');
    await createCustomer(page);
    await page.getByTestId('customer-edit').click();
    await expect(page).toHaveURL(/\/edit$/);
    await expect(page.getByTestId('customer-notes')).toBeVisible();
    const editUrl = page.url();

    // A colleague (here: a second tab) saves first.
    const other = await context.newPage();
    await other.goto(editUrl);
    const theirNotes = `另一位同事的修改 ${Date.now()}`;
    await other.getByTestId('customer-notes').fill(theirNotes);
    await other.getByTestId('customer-save').click();
    await expect(other.getByTestId('customer-detail-notes')).toHaveText(theirNotes);
    await other.close();

    await page.getByTestId('customer-notes').fill('我的修改');
    await page.getByTestId('customer-save').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('该记录已被他人修改，请刷新后再编辑。');
    await dialog.getByRole('button', { name: '重新加载' }).click();
    await expect(page.getByTestId('customer-notes')).toHaveValue(theirNotes);
  });
});
