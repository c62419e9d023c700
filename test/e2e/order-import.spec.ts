import ExcelJS from 'exceljs';
import { test, type Locator, type Page } from '@playwright/test';
import { orderColumns } from '#shared/imports/columns';
import { formatFen } from '#shared/money';
import type { Customer } from '#shared/schemas/customer.schema';
import type { OrderEvent } from '#shared/schemas/order-event.schema';
import { shanghaiMonth } from '#shared/shanghai-time';
import { expect, openPath, signInAs } from './support/patient';
import { api, deliverOrderEvent } from './support/twin-api';

/** Two general customers no other browser test uses (infra/local/seed): one named by id, one by credit code. */
const byId = 'seed-009';
const byCode = 'seed-012';

interface MonthlyTotals {
  annualAmountFen: number;
  months: { month: string; amountFen: number }[];
}

type OrderCells = Partial<Record<(typeof orderColumns)[number]['key'], string>>;

/** A file as someone would type it from scratch: the Chinese headings, then one order event a row. */
async function orderWorkbook(rows: OrderCells[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('历史订单');
  sheet.addRow(orderColumns.map((c) => c['zh-CN']));
  for (const cells of rows) sheet.addRow(orderColumns.map((c) => cells[c.key] ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Beijing wall-clock time as typed in the file (no offset: the import reads it as Beijing time). */
function beijingText(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const monthAmount = (totals: MonthlyTotals, month: string) => totals.months.find((m) => m.month === month)?.amountFen ?? 0;

/** Hovers the bar of the period's last month (the chart is a canvas) and returns what its tooltip says. */
async function lastBarTooltip(page: Page): Promise<Locator> {
  const chart = page.getByTestId('monthly-chart');
  await expect(chart.locator('canvas')).toBeVisible();
  const box = (await chart.boundingBox())!;
  await chart.hover({ position: { x: box.width - 24, y: box.height / 2 } });
  return chart;
}

test.describe.configure({ timeout: 360_000 });

test.describe('historic orders imported from Excel (issue 4)', () => {
  test('a Sales head loads an order file: the dry run names the bad cells, the good rows count for their customers', async ({ page }) => {
    const marker = Date.now().toString(36).toUpperCase();
    const at = new Date(Date.now() - 10 * 60_000);
    const month = shanghaiMonth(at);
    const occurredAt = beijingText(at);
    const second = await api<Customer>('sales.head', 'GET', `/customers/${byCode}`);
    const [firstTotals, secondTotals] = await Promise.all([
      api<MonthlyTotals>('sales.head', 'GET', `/customers/${byId}/monthly-totals`),
      api<MonthlyTotals>('sales.head', 'GET', `/customers/${byCode}/monthly-totals`),
    ]);
    const good = [
      { orderId: `SO-IMP-${marker}-1`, customerId: byId, amountFen: 123_450 },
      { orderId: `SO-IMP-${marker}-2`, customerId: byCode, amountFen: 88_800 },
    ];

    const file = await orderWorkbook([
      { orderId: good[0]!.orderId, type: '付款', customerId: byId, amount: '1,234.50', occurredAt }, // row 2
      { orderId: good[1]!.orderId, type: '付款', creditCode: second.creditCode, amount: '¥888', occurredAt }, // row 3
      { orderId: `SO-IMP-${marker}-3`, type: '付款', customerId: byId, amount: '12.345', occurredAt }, // row 4: three decimals
      { orderId: `SO-IMP-${marker}-4`, type: '退款', customerId: byId, amount: '100', occurredAt }, // row 5: a refund without its refund id
      { orderId: good[0]!.orderId, type: '已付款', customerId: byId, amount: '1234.5', occurredAt }, // row 6: row 2 again
      { orderId: `SO-IMP-${marker}-5`, type: '付款', customerId: byId, amount: '50', occurredAt: '2026-02-30' }, // row 7: no such day
    ]);

    try {
      await signInAs(page, 'sales.head');
      await page.getByTestId('menu-imports').click();
      await expect(page.getByTestId('page-title')).toHaveText('从 Excel 导入客户');

      await test.step('chooses historic orders; the template follows the choice', async () => {
        await page.getByTestId('import-kind-orders').click();
        await expect(page.getByTestId('page-title')).toHaveText('从 Excel 导入历史订单');
        await expect(page.getByTestId('import-kind-hint')).toContainText('同一订单事件只计一次');
        const download = page.waitForEvent('download');
        await page.getByTestId('import-template').click();
        const template = await download;
        expect(template.suggestedFilename()).toBe('历史订单导入模板.xlsx');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(await template.path());
        // The order columns, required ones starred: not the customer template.
        expect((workbook.worksheets[0]!.getRow(1).values as unknown[]).filter(Boolean).map(String)).toEqual(
          orderColumns.map((c) => `${c['zh-CN']}${c.required ? '*' : ''}`),
        );
      });

      await test.step('uploads the file; the dry run names each bad cell by row and column and writes nothing', async () => {
        await page.getByTestId('import-file').setInputFiles({
          name: `历史订单-${marker}.xlsx`,
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: file,
        });
        await expect(page).toHaveURL(/\/imports\?id=/);
        await expect(page.getByTestId('import-status')).toHaveText('待确认', { timeout: 60_000 });
        await expect(page.getByTestId('page-title')).toHaveText('从 Excel 导入历史订单');
        await expect(page.getByTestId('import-counts')).toContainText('共 6 行');
        await expect(page.getByTestId('import-count-ok')).toHaveText('可导入 2 行');
        await expect(page.getByTestId('import-count-duplicates')).toHaveText('已计入或与前面的行重复 1 行');
        await expect(page.getByTestId('import-count-errors')).toHaveText('有错误 3 行');

        const issues = page.getByTestId('import-issues');
        await expect(issues.getByTestId('import-issue-row').first()).toBeVisible();
        const lines = await issues.locator('tbody tr').evaluateAll((trs) =>
          trs.map((tr) => {
            const row = tr.querySelector('[data-testid="import-issue-row"]');
            return `${row?.getAttribute('data-severity')}:${row?.textContent?.trim()}:${tr.querySelector('[data-testid="import-issue-column"]')?.textContent?.trim()}`;
          }),
        );
        expect(lines.sort()).toEqual(['error:4:金额（元）', 'error:5:退款单号', 'error:7:发生时间', 'warning:6:订单号']);
        await expect(issues.locator('tbody tr', { hasText: '金额（元）' }).getByTestId('import-issue-message')).not.toBeEmpty();

        // Skip-or-update is a customer question: an order event counted once is never counted again.
        await expect(page.getByTestId('import-duplicates')).toHaveCount(0);
        await expect(page.getByTestId('import-duplicates-note')).toHaveText('已计入过的订单事件不会再次计入。');
        await expect(page.getByTestId('import-commit')).toHaveText('导入 2 行');

        const untouched = await api<MonthlyTotals>('sales.head', 'GET', `/customers/${byId}/monthly-totals`);
        expect(untouched.annualAmountFen).toBe(firstTotals.annualAmountFen);
      });

      await test.step('commits: the good rows are counted, the others reported row by row', async () => {
        await page.getByTestId('import-commit').click();
        await expect(page.getByTestId('import-status')).toHaveText('已导入', { timeout: 60_000 });
        await expect(page.getByTestId('import-outcome-applied')).toHaveText('已计入 2');
        await expect(page.getByTestId('import-outcome-duplicate')).toHaveText('重复 1');
        await expect(page.getByTestId('import-outcome-invalid')).toHaveText('有错误 3');
        await expect(page.getByTestId('import-outcomes')).not.toContainText('重复客户');
        const results = page.getByTestId('import-results');
        await expect(results.getByTestId('import-result-row').first()).toBeVisible();
        const outcomes = await results.locator('tbody tr').evaluateAll((trs) =>
          trs.map((tr) => `${tr.querySelector('[data-testid="import-result-row"]')?.textContent?.trim()}:${tr.querySelector('[data-testid="import-result-outcome"]')?.getAttribute('data-outcome')}`),
        );
        expect(outcomes.sort()).toEqual(['2:applied', '3:applied', '4:invalid', '5:invalid', '6:duplicate', '7:invalid']);
        await expect(results.getByTestId('import-result-customer')).toHaveCount(2);
      });

      await test.step('opens the customer of row 2: its annual amount and this month’s bar include the order', async () => {
        const annual = firstTotals.annualAmountFen + good[0]!.amountFen;
        await page.getByTestId('import-results').locator('tbody tr').first().getByTestId('import-result-customer').click();
        await expect(page).toHaveURL(new RegExp(`/customers/${byId}$`));
        await expect(page.getByTestId('tier-annual-amount')).toHaveText(`¥${formatFen(annual)}`);
        const chart = await lastBarTooltip(page);
        await expect(chart).toContainText(month);
        await expect(chart).toContainText(`¥${formatFen(monthAmount(firstTotals, month) + good[0]!.amountFen)}`);
      });

      await test.step('the customer named by credit code got its order too', async () => {
        await openPath(page, `/customers/${byCode}`);
        await expect(page.getByTestId('tier-annual-amount')).toHaveText(`¥${formatFen(secondTotals.annualAmountFen + good[1]!.amountFen)}`);
        const after = await api<MonthlyTotals>('sales.head', 'GET', `/customers/${byCode}/monthly-totals`);
        expect(monthAmount(after, month)).toBe(monthAmount(secondTotals, month) + good[1]!.amountFen);
      });
    } finally {
      // The order system cancels the test orders that were counted: both customers' totals are back where they were.
      for (const [order, before] of [
        [good[0]!, firstTotals],
        [good[1]!, secondTotals],
      ] as const) {
        const now = await api<MonthlyTotals>('sales.head', 'GET', `/customers/${order.customerId}/monthly-totals`);
        if (now.annualAmountFen !== before.annualAmountFen + order.amountFen) continue;
        const cancel: OrderEvent = {
          type: 'order.cancelled',
          timestamp: new Date().toISOString(),
          data: { orderId: order.orderId, customer: { id: order.customerId }, amountFen: order.amountFen, currency: 'CNY', occurredAt: `${occurredAt.replace(' ', 'T')}:00+08:00` },
        };
        expect(await deliverOrderEvent(cancel)).toBe(200);
      }
    }
  });

  test('a salesperson imports customers only: no choice of kind is offered', async ({ page }) => {
    await signInAs(page, 'sales.zhang');
    await page.getByTestId('menu-imports').click();
    await expect(page.getByTestId('page-title')).toHaveText('从 Excel 导入客户');
    await expect(page.getByTestId('import-choose')).toBeVisible();
    await expect(page.getByTestId('import-kind')).toHaveCount(0);
  });
});
