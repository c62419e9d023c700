import ExcelJS from 'exceljs';
import { test } from '@playwright/test';
import { searchCustomers } from './support/app';
import { expect, signInAs as signIn } from './support/patient';
import { randomCreditCode, uniqueCustomerName, withWrongCheckChar } from './support/test-data';

test.describe('customer import from Excel (issue 3)', () => {
  test.describe.configure({ timeout: 300_000 });

  test('a file with good and bad rows: the dry run names the bad cells, the good rows are committed and found', async ({ page }) => {
    const { marker } = uniqueCustomerName();
    const good = [`导入甲${marker}有限公司`, `导入乙${marker}有限公司`];

    await signIn(page, 'east.staff');
    await page.getByTestId('menu-imports').click();
    await expect(page.getByTestId('page-title')).toHaveText('从 Excel 导入客户');

    const template = await test.step('downloads the template', async () => {
      const download = page.waitForEvent('download');
      await page.getByTestId('import-template').click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('客户导入模板.xlsx');
      return file.path();
    });

    const upload = await test.step('fills it in: two good rows, a wrong credit code, a bad phone, a missing name', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(template);
      const sheet = workbook.worksheets[0]!;
      // Columns in template order: name, code, kind, rating, unit, owner, contact, title, phone, email, notes.
      const rows = [
        [good[0], randomCreditCode(), '主营业务客户', 'AA', '', '', '王经理', '采购经理', '13812345678', '', '导入测试'],
        [`导入丙${marker}有限公司`, withWrongCheckChar(randomCreditCode()), '潜在客户', 'A'],
        [good[1], randomCreditCode(), '非主营业务服务客户', 'B', '华东事业部', 'east.staff'],
        [`导入丁${marker}有限公司`, randomCreditCode(), '潜在客户', 'A', '', '', '李四', '', '12345'],
        ['', randomCreditCode(), '潜在客户', 'A'],
      ];
      rows.forEach((values, i) => {
        sheet.getRow(3 + i).values = values;
      });
      return Buffer.from(await workbook.xlsx.writeBuffer());
    });

    await test.step('uploads it; the dry run reports each bad cell by row and column, and writes nothing', async () => {
      await page.getByTestId('import-file').setInputFiles({
        name: `客户导入-${marker}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: upload,
      });
      await expect(page).toHaveURL(/\/imports\?id=/);
      await expect(page.getByTestId('import-status')).toHaveText('待确认', { timeout: 60_000 });
      await expect(page.getByTestId('import-counts')).toContainText('共 5 行');
      await expect(page.getByTestId('import-count-ok')).toHaveText('可导入 2 行');
      await expect(page.getByTestId('import-count-errors')).toHaveText('有错误 3 行');
      // Each error names its spreadsheet row and column, and the good rows (3 and 5) have none.
      const issues = page.getByTestId('import-issues');
      await expect(issues.getByTestId('import-issue-row').first()).toBeVisible();
      const errors = await issues.locator('tbody tr').evaluateAll((trs) =>
        trs
          .filter((tr) => tr.querySelector('[data-testid="import-issue-row"]')?.getAttribute('data-severity') === 'error')
          .map((tr) => `${tr.querySelector('[data-testid="import-issue-row"]')?.textContent?.trim()}:${tr.querySelector('[data-testid="import-issue-column"]')?.textContent?.trim()}`),
      );
      expect(errors.sort()).toEqual(['4:统一社会信用代码', '6:联系电话', '7:客户名称']);
      await expect(issues.locator('tbody tr', { hasText: '统一社会信用代码' }).getByTestId('import-issue-message')).toContainText('校验');

      const importUrl = page.url();
      await page.getByTestId('menu-customers').click();
      await searchCustomers(page, marker);
      await expect(page.getByTestId('customer-table')).toContainText('没有符合条件的客户');
      // The job survives leaving the page: its address opens it again.
      await page.goto(importUrl);
      await expect(page.getByTestId('import-status')).toHaveText('待确认');
    });

    await test.step('commits without fixing anything: the two good rows land, the bad ones are reported', async () => {
      await page.getByTestId('import-commit').click();
      await expect(page.getByTestId('import-status')).toHaveText('已导入', { timeout: 60_000 });
      await expect(page.getByTestId('import-outcome-created')).toHaveText('新建 2');
      await expect(page.getByTestId('import-outcome-invalid')).toHaveText('有错误 3');
      await expect(page.getByTestId('import-results').getByTestId('import-result-customer')).toHaveCount(2);
      // Row by row: exactly the good rows landed; the bad ones are reported as not imported.
      const outcomes = await page
        .getByTestId('import-results')
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => `${tr.querySelector('[data-testid="import-result-row"]')?.textContent?.trim()}:${tr.querySelector('[data-testid="import-result-outcome"]')?.getAttribute('data-outcome')}`),
        );
      expect(outcomes.sort()).toEqual(['3:created', '4:invalid', '5:created', '6:invalid', '7:invalid']);
    });

    await test.step('finds the imported customers in the list', async () => {
      await page.getByTestId('import-to-list').click();
      await searchCustomers(page, marker);
      const links = page.getByTestId('customer-table').getByTestId('customer-link');
      await expect(links).toHaveCount(2);
      expect((await links.allTextContents()).map((n) => n.trim()).sort()).toEqual([...good].sort());
      await page.getByTestId('customer-table').getByRole('link', { name: good[0]! }).click();
      await expect(page.getByTestId('customer-detail-owner')).toHaveText('周婷');
      await expect(page.getByTestId('customer-contacts')).toContainText('13812345678');
    });
  });
});
