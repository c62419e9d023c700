import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { test, type Download, type Page } from '@playwright/test';
import type { CustomerSummary } from '#shared/customer-view';
import { searchCustomers } from './support/app';
import { expect, openPath, signInAs as signIn, signOutOf as signOut } from './support/patient';
import { randomCreditCode, uniqueCustomerName } from './support/test-data';
import { api } from './support/twin-api';

/** Shanghai's date today, as the SPA shows dates. */
const shanghaiToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** An east-unit general customer owned by east.staff, arranged through the API (the form is tested elsewhere). */
async function arrangeCustomer(name: string): Promise<CustomerSummary> {
  return api<CustomerSummary>('sales.head', 'POST', '/customers', {
    name,
    creditCode: randomCreditCode(),
    kind: 'service',
    creditRating: 'A',
    unitId: 'east',
    ownerId: 'east.staff',
    contacts: [{ name: '陈主任', title: '办公室主任', phone: '13912345678', email: 'chen@example.cn', primary: true }],
  });
}

/** The first sheet of a downloaded .xlsx as objects keyed by its headings. */
async function sheetRows(download: Download): Promise<Record<string, string>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as string[]).slice(1);
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(headers.map((h, i) => [h, String(row.getCell(i + 1).value ?? '')])));
  });
  return rows;
}

async function downloadOf(page: Page, click: () => Promise<void>): Promise<Download> {
  const download = page.waitForEvent('download');
  await click();
  return download;
}

const message = (page: Page, text: string | RegExp) => page.locator('.el-message', { hasText: text });

test.describe('the archive’s files, exports and freshness in the browser (issue 3)', () => {
  test.describe.configure({ timeout: 300_000 });

  test('attachments: type and size are checked before upload; a stored file is listed, downloaded as uploaded, and the download logged', async ({ page }) => {
    const { name } = uniqueCustomerName();
    const customer = await arrangeCustomer(name);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

    await signIn(page, 'east.staff');
    await openPath(page, `/customers/${customer.id}`);
    await expect(page.getByTestId('customer-detail-name')).toHaveText(name);
    const files = page.getByTestId('customer-attachments');
    await expect(files).toContainText('支持 PDF、JPG、PNG、Word、Excel，单个文件不超过 20 MB');

    await test.step('a file of another type, and one over 20 MB, are refused in the browser', async () => {
      await page.getByTestId('attachment-file').setInputFiles({ name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
      await expect(message(page, '不支持该文件类型')).toBeVisible();
      await page.getByTestId('attachment-file').setInputFiles({ name: '扫描件.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 0x20) });
      await expect(message(page, '文件超过 20 MB，无法上传。')).toBeVisible();
      await page.getByTestId('attachments-show').click();
      await expect(page.getByTestId('attachments-table')).toContainText('暂无附件');
    });

    await test.step('a licence scan is uploaded straight to storage and listed with its category and size', async () => {
      await page.getByTestId('attachment-category').click();
      await page.getByRole('option', { name: '营业执照', exact: true }).click();
      await page.getByTestId('attachment-note').fill('2026 年年检后');
      await page.getByTestId('attachment-file').setInputFiles({ name: '营业执照.pdf', mimeType: 'application/pdf', buffer: pdf });
      await expect(message(page, '“营业执照.pdf”已上传。')).toBeVisible();
      const row = page.getByTestId('attachments-table').locator('tbody tr', { hasText: '营业执照.pdf' });
      await expect(row).toContainText('2026 年年检后');
      await expect(row).toContainText('营业执照');
      await expect(row).toContainText(`${pdf.length} B`);
      await expect(row).toContainText('周婷');
    });

    await test.step('downloading gives back the same bytes', async () => {
      const row = page.getByTestId('attachments-table').locator('tbody tr', { hasText: '营业执照.pdf' });
      const download = await downloadOf(page, () => row.getByTestId('attachment-download').click());
      expect(download.suggestedFilename()).toBe('营业执照.pdf');
      expect(await readFile(await download.path())).toEqual(pdf);
    });

    await test.step('the access log names the download, the file and who took it', async () => {
      await signOut(page);
      await signIn(page, 'sales.head');
      await openPath(page, `/access-log?customerId=${customer.id}&customerName=${encodeURIComponent(name)}`);
      const row = page.getByTestId('access-log-table').locator('tbody tr', { hasText: '下载附件' });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText('营业执照.pdf');
      await expect(row).toContainText('周婷');
    });
  });

  test('creating a customer warns of a near-duplicate name as it is typed, without blocking', async ({ page }) => {
    await signIn(page, 'sales.head');
    await openPath(page, '/customers/new');
    await expect(page.getByTestId('page-title')).toHaveText('新建客户');
    // seed-001 is 上海浦江精密机械有限公司: the same company with a group ending in full-width brackets.
    await page.getByTestId('customer-name').fill('上海浦江精密机械（集团）有限公司');
    const warning = page.getByTestId('similar-names');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('名称相近');
    await expect(warning.getByTestId('similar-name').first()).toContainText('上海浦江精密机械有限公司');
    await expect(page.getByTestId('customer-save')).toBeEnabled();

    const { name } = uniqueCustomerName();
    await page.getByTestId('customer-name').fill(name);
    await expect(warning).toBeHidden();
  });

  test('the list’s current filter exports to Excel: without a purpose no contacts, with one the contacts; both logged with their row count', async ({ page }) => {
    const { marker } = uniqueCustomerName();
    const names = [`导出甲${marker}有限公司`, `导出乙${marker}有限公司`];
    for (const n of names) await arrangeCustomer(n);

    await signIn(page, 'sales.head');
    await page.getByTestId('menu-customers').click();
    await searchCustomers(page, marker);
    await expect(page.getByTestId('customer-table').getByTestId('customer-link')).toHaveCount(2);

    await test.step('without a purpose: the two listed customers, no contact or credit columns', async () => {
      await page.getByTestId('customer-export').click();
      await expect(page.getByTestId('export-dialog')).toContainText('不填写目的时，导出文件不含联系人和信用状况等保密资料');
      const download = await downloadOf(page, () => page.getByTestId('export-confirm').click());
      expect(download.suggestedFilename()).toMatch(/^客户档案-\d{8}\.xlsx$/);
      const rows = await sheetRows(download);
      expect(rows.map((r) => r['客户名称']).sort()).toEqual([...names].sort());
      expect(Object.keys(rows[0]!)).not.toContain('联系电话');
      expect(Object.keys(rows[0]!)).not.toContain('信用等级');
      await expect(message(page, '已导出。')).toBeVisible();
    });

    await test.step('with a purpose: the contacts are in, in full for a Sales head', async () => {
      await page.getByTestId('customer-export').click();
      await page.getByTestId('export-purpose').fill('合同评审资料');
      const download = await downloadOf(page, () => page.getByTestId('export-confirm').click());
      const rows = await sheetRows(download);
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({ 主要联系人: '陈主任', 联系电话: '13912345678', 信用等级: 'A' });
    });

    await test.step('the access log shows both exports, with the filter and two rows each', async () => {
      await page.getByTestId('menu-access-log').click();
      await page.getByTestId('log-filter-user').click();
      await page.getByRole('option', { name: '李静 · 销售部负责人' }).click();
      await page.getByTestId('log-search').click();
      const exports = page.getByTestId('access-log-table').locator('tbody tr', { hasText: `q=${marker}` });
      await expect(exports).toHaveCount(2);
      await expect(exports.first()).toContainText('导出 Excel');
      await expect(exports.first()).toContainText('2 行');
      await expect(exports.first()).toContainText('合同评审资料');
    });
  });

  test('stale archives are flagged in the list and on the page, and marking one verified clears the flag', async ({ page }) => {
    await signIn(page, 'sales.head');
    await page.getByTestId('menu-customers').click();

    const name = await test.step('the stale filter lists only flagged customers', async () => {
      await page.getByTestId('filter-stale').click();
      await page.getByRole('option', { name: '超期未核实', exact: true }).click();
      await page.getByTestId('filter-tier').click();
      await page.getByRole('option', { name: '一般客户', exact: true }).click();
      await page.getByTestId('customer-search-submit').click();
      await expect(page).toHaveURL(/stale=true/);
      const links = page.getByTestId('customer-table').getByTestId('customer-link');
      await expect(links.first()).toBeVisible();
      const count = await links.count();
      expect(count).toBeGreaterThan(0);
      await expect(page.getByTestId('customer-table').getByTestId('customer-stale')).toHaveCount(count);
      await expect(page.getByTestId('customer-stale').first()).toHaveText('待核实');
      return (await links.first().textContent())!.trim();
    });

    await test.step('its page says so; marking it verified records who and when', async () => {
      await page.getByTestId('customer-table').getByRole('link', { name, exact: true }).click();
      await expect(page.getByTestId('customer-detail-name')).toHaveText(name);
      await expect(page.getByTestId('archive-stale')).toHaveText('已超过 12 个月未核实');
      await page.getByTestId('customer-verify').click();
      await page.getByRole('dialog').getByRole('button', { name: '标记已核实' }).click();
      await expect(page.getByTestId('customer-detail-verified')).toContainText(`${shanghaiToday()} `);
      await expect(page.getByTestId('customer-detail-verified')).toContainText('李静');
      await expect(page.getByTestId('archive-stale')).toHaveCount(0);
      await expect(page.getByTestId('archive-fresh')).toBeVisible();
    });

    await test.step('it leaves the stale list and shows unflagged among the current ones', async () => {
      await page.goBack();
      await expect(page).toHaveURL(/stale=true/);
      await expect(page.getByTestId('customer-table').getByRole('link', { name, exact: true })).toHaveCount(0);
      await searchCustomers(page, name);
      await page.getByTestId('filter-stale').click();
      await page.getByRole('option', { name: '在有效期内', exact: true }).click();
      await page.getByTestId('customer-search-submit').click();
      const row = page.getByTestId('customer-table').locator('tbody tr', { hasText: name });
      await expect(row).toHaveCount(1);
      await expect(row.getByTestId('customer-stale')).toHaveCount(0);
    });
  });

  test('the access log exports to Excel under the search shown, and the export is itself logged', async ({ page }) => {
    const { name } = uniqueCustomerName();
    const customer = await arrangeCustomer(name);
    const purpose = `年度审计 ${Date.now().toString(36)}`;
    await api('office.liu', 'GET', `/customers/${customer.id}?purpose=${encodeURIComponent(purpose)}`);

    await signIn(page, 'office.liu');
    await openPath(page, `/access-log?customerId=${customer.id}&customerName=${encodeURIComponent(name)}`);
    await expect(page.getByTestId('access-log-table').locator('tbody tr', { hasText: purpose })).toHaveCount(1);

    await test.step('the file holds the customer’s readings as the page shows them', async () => {
      const download = await downloadOf(page, () => page.getByTestId('log-export').click());
      expect(download.suggestedFilename()).toMatch(/^档案查阅记录-\d{8}\.xlsx$/);
      const rows = await sheetRows(download);
      expect(rows.length).toBeGreaterThanOrEqual(1);
      for (const row of rows) expect(row['客户编号']).toBe(customer.id);
      expect(rows.find((r) => r['查阅目的'] === purpose)).toMatchObject({ 查阅人: '刘芳', 角色: '综合办公室', 客户名称: name, 查阅内容: '档案详情' });
      await expect(message(page, /已导出 \d+ 条查阅记录。/)).toBeVisible();
    });

    await test.step('the export shows up in the log, with the filter it was made under', async () => {
      await page.getByTestId('log-reset').click();
      await page.getByTestId('log-filter-user').click();
      await page.getByRole('option', { name: '刘芳 · 综合办公室' }).click();
      await page.getByTestId('log-search').click();
      const row = page.getByTestId('access-log-table').locator('tbody tr', { hasText: `customerId=${customer.id}` });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText('导出查阅记录');
      await expect(row).toContainText('（批量导出）');
    });
  });
});

test.describe('the legal qualification of an archive (issue 3, R2)', () => {
  test.describe.configure({ timeout: 300_000 });

  test('an editor records representative, address, licence and tax details; the history shows them; a VIP’s licence waits for a purpose', async ({ page }) => {
    const { name } = uniqueCustomerName();
    const customer = await arrangeCustomer(name);

    await signIn(page, 'east.staff');
    await openPath(page, `/customers/${customer.id}`);
    await expect(page.getByTestId('customer-detail-legal-representative')).toHaveText('未登记');
    await expect(page.getByTestId('licence-registered-capital')).toHaveText('未登记');

    await test.step('the edit form takes them; a bad bank account is named next to its box', async () => {
      await page.getByTestId('customer-edit').click();
      await page.getByTestId('customer-legal-representative').fill('张建国');
      await page.getByTestId('customer-region').fill('上海市浦东新区');
      await page.getByTestId('customer-registered-address').fill('上海市浦东新区张江路 88 号');
      await page.getByTestId('licence-registered-capital').fill('5000万元人民币');
      await page.getByTestId('licence-established-on').locator('input').fill('2008-05-12');
      await page.getByTestId('licence-established-on').locator('input').press('Enter');
      await page.getByTestId('tax-taxpayer-type').click();
      await page.getByRole('option', { name: '增值税一般纳税人', exact: true }).click();
      await page.getByTestId('tax-bank-account').fill('12-34');
      await page.getByTestId('customer-save').click();
      await expect(page.getByTestId('field-taxRegistration.bankAccount').locator('.el-form-item__error')).toHaveText('银行账号应为 6–32 位数字。');
      await page.getByTestId('tax-bank-account').fill('1001 2345 6789 0123 456');
      await page.getByTestId('customer-save').click();
    });

    await test.step('the page shows them, the licence without an end date as 长期', async () => {
      await expect(page.getByTestId('customer-detail-legal-representative')).toHaveText('张建国');
      await expect(page.getByTestId('customer-detail-region')).toHaveText('上海市浦东新区');
      await expect(page.getByTestId('customer-detail-address')).toHaveText('上海市浦东新区张江路 88 号');
      const licence = page.getByTestId('licence-details');
      await expect(licence.getByTestId('licence-registered-capital')).toHaveText('5000万元人民币');
      await expect(licence.getByTestId('licence-established-on')).toHaveText('2008-05-12');
      await expect(licence.getByTestId('licence-valid-until')).toHaveText('长期');
      await expect(licence.getByTestId('tax-taxpayer-type')).toHaveText('增值税一般纳税人');
      await expect(licence.getByTestId('tax-bank-account')).toHaveText('1001234567890123456');
    });

    await test.step('the history lists each detail before → after', async () => {
      await page.getByTestId('history-show').click();
      const update = page.getByTestId('history-entry').first();
      await expect(update).toHaveAttribute('data-action', 'update');
      await expect(update.locator('[data-field="legalRepresentative"]')).toContainText('法定代表人');
      await expect(update.locator('[data-field="legalRepresentative"]').getByTestId('history-after')).toHaveText('张建国');
      await expect(update.locator('[data-field="businessLicence"]').getByTestId('history-after')).toContainText('注册资本：5000万元人民币');
      await expect(update.locator('[data-field="taxRegistration"]').getByTestId('history-after')).toContainText('纳税人类型：增值税一般纳税人');
    });

    await test.step('a VIP customer’s licence and tax details stay withheld until a purpose is given', async () => {
      await signOut(page);
      await signIn(page, 'sales.head');
      await openPath(page, '/customers/seed-001');
      await expect(page.getByTestId('licence-withheld')).toBeVisible();
      await expect(page.getByTestId('licence-details')).toHaveCount(0);
      await expect(page.getByTestId('customer-detail-legal-representative')).not.toHaveText('未登记');
      await page.getByTestId('purpose-input').fill('合同评审核对开票信息');
      await page.getByTestId('purpose-submit').click();
      await expect(page.getByTestId('licence-details')).toBeVisible();
      await expect(page.getByTestId('licence-details').getByTestId('licence-registered-capital')).toContainText('万元人民币');
      await expect(page.getByTestId('licence-withheld')).toHaveCount(0);
    });
  });
});
