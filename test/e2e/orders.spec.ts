import { test } from '@playwright/test';
import { formatFen } from '#shared/money';
import type { Customer } from '#shared/schemas/customer.schema';
import type { OrderEvent } from '#shared/schemas/order-event.schema';
import { randomCreditCode } from './support/test-data';
import { expect, openPath, signInAs } from './support/patient';
import { api, deliverOrderEvent } from './support/twin-api';

/** seed-002 is a key customer with twelve months of orders (infra/local/seed). */
const target = 'seed-002';

test.describe.configure({ timeout: 360_000 });

test.describe('unmatched order events (issue 4)', () => {
  test('an order for a customer the system does not know waits for Sales, who match it to the right customer', async ({ page }) => {
    const orderId = `SO-E2E-${Date.now().toString(36).toUpperCase()}`;
    const unknownCode = randomCreditCode();
    const amountFen = 12_345;
    const occurredAt = new Date().toISOString();
    const paid: OrderEvent = {
      type: 'order.paid',
      timestamp: occurredAt,
      data: { orderId, customer: { creditCode: unknownCode }, amountFen, currency: 'CNY', occurredAt },
    };
    expect(await deliverOrderEvent(paid)).toBe(202);
    const before = await api<Customer>('sales.zhang', 'GET', `/customers/${target}`);

    try {
      await signInAs(page, 'sales.zhang');
      await page.getByTestId('menu-unmatched-orders').click();
      await expect(page.getByTestId('page-title')).toHaveText('待匹配订单');
      const row = page.getByTestId('unmatched-table').locator('tr', { hasText: orderId });
      await expect(row).toContainText('付款');
      await expect(row.getByTestId('unmatched-amount')).toHaveText(`¥${formatFen(amountFen)}`);
      await expect(row).toContainText(`信用代码：${unknownCode}`);

      await row.getByTestId('unmatched-match').click();
      const dialog = page.getByTestId('match-dialog');
      await expect(dialog).toContainText(`匹配订单 ${orderId}`);
      await dialog.getByTestId('match-confirm').click();
      await expect(dialog.locator('.el-form-item__error')).toHaveText('请选择一项。');

      await dialog.getByTestId('customer-picker').click();
      await page.keyboard.type(before.name.slice(0, 6));
      await page.getByRole('option', { name: new RegExp(before.name) }).click();
      await dialog.getByTestId('match-confirm').click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('alert').filter({ hasText: `订单 ${orderId} 已匹配到“${before.name}”` })).toBeVisible();
      await expect(page.getByTestId('unmatched-table').locator('tr', { hasText: orderId })).toHaveCount(0);

      // The amount counts for the customer at once.
      const after = await api<Customer>('sales.zhang', 'GET', `/customers/${target}`);
      expect(after.annualAmountFen).toBe(before.annualAmountFen + amountFen);
      await openPath(page, `/customers/${target}`);
      await expect(page.getByTestId('tier-annual-amount')).toHaveText(`¥${formatFen(after.annualAmountFen)}`);
    } finally {
      // Once matched, the order system cancels the test order: the customer's total is back where it was.
      const waiting = await api<{ items: { event: OrderEvent }[] }>('sales.zhang', 'GET', '/order-events/unmatched?limit=100');
      if (!waiting.items.some((e) => e.event.data.orderId === orderId)) {
        const cancel: OrderEvent = { ...paid, type: 'order.cancelled', timestamp: new Date().toISOString(), data: { ...paid.data, customer: { id: target } } };
        await deliverOrderEvent(cancel);
      }
    }
  });
});
