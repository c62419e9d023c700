import { test } from '@playwright/test';
import { formatFen } from '#shared/money';
import type { CustomerOrders } from '#shared/orders/order-state';
import type { Customer } from '#shared/schemas/customer.schema';
import type { OrderEvent } from '#shared/schemas/order-event.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import { expect, openPath, signInAs } from './support/patient';
import { api, deliverOrderEvent } from './support/twin-api';

/** seed-002: a key customer with twelve months of paid orders (infra/local/seed), owing nothing; Sales sees all customers. */
const target = 'seed-002';
const day = 24 * 60 * 60 * 1000;

test.describe.configure({ timeout: 360_000 });

test('a customer’s order timeline and overdue 回款 after a sequence of signed events (issue 17)', async ({ page }) => {
  const orderId = `SO-E2E-${Date.now().toString(36).toUpperCase()}`;
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * day).toISOString();
  const dueDate = shanghaiDate(new Date(now - 5 * day));
  const base = (type: OrderEvent['type'], daysAgo: number, data: Partial<OrderEvent['data']>): OrderEvent => ({
    type,
    timestamp: at(daysAgo),
    data: { orderId, customer: { id: target }, occurredAt: at(daysAgo), ...data },
  });
  const placed = base('order.placed', 20, { amountFen: 800_000, currency: 'CNY', paymentDueDate: dueDate });
  const shipped = base('order.shipped', 18, { carrier: '顺丰速运', waybillNo: `SF-${orderId}`, warehouse: '嘉兴一号仓' });
  const delivered = base('order.delivered', 16, { waybillNo: `SF-${orderId}` });
  const paid = base('payment.received', 10, { amountFen: 300_000, currency: 'CNY', paymentId: `PAY-${orderId}` });

  const before = await api<CustomerOrders>('sales.zhang', 'GET', `/customers/${target}/orders`);
  const { ownerId } = await api<Customer>('sales.zhang', 'GET', `/customers/${target}`);
  // Out of order and twice over, as an at-least-once sender may deliver them.
  for (const event of [paid, delivered, placed, shipped, paid, placed]) expect(await deliverOrderEvent(event)).toBe(200);

  await signInAs(page, 'sales.zhang');
  await openPath(page, `/customers/${target}`);
  const section = page.getByTestId('customer-orders');
  await expect(section.getByTestId('customer-receivable')).toHaveText(`¥${formatFen(before.receivableFen + 500_000)}`);
  await expect(section.getByTestId('customer-overdue')).toHaveText(`¥${formatFen(before.overdueFen + 500_000)}`);
  const order = section.locator(`[data-order-id="${orderId}"]`);
  await expect(order.getByTestId('customer-order-status')).toHaveText('已签收');
  await expect(order.getByTestId('customer-order-overdue')).toHaveText('逾期 ¥5,000.00');
  await expect(order.getByTestId('customer-order-step')).toHaveText([/下单.*¥8,000\.00，付款到期日/, /发运.*顺丰速运/, /签收/, /回款.*¥3,000\.00/]);

  // At a phone's width the section fits: nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(order).toBeVisible();
  expect(await section.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  await page.setViewportSize({ width: 1440, height: 900 });

  // The overdue list, by owner, narrowed as a reminder opens it.
  await openPath(page, `/receivables/overdue?ownerId=${ownerId}`);
  await expect(page.getByTestId('page-title')).toHaveText('逾期回款');
  const row = page.getByTestId('overdue-table').locator('tr', { hasText: orderId });
  await expect(row.getByTestId('overdue-amount')).toHaveText('¥5,000.00');
  await expect(row).toContainText(dueDate);
  await expect(row).toContainText('5');
});
