import { test, type Page } from '@playwright/test';
import { formatFen } from '#shared/money';
import type { Customer } from '#shared/schemas/customer.schema';
import type { OrderEvent } from '#shared/schemas/order-event.schema';
import type { TargetDetail } from '#shared/schemas/sales-target.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import { seriousFindings } from './support/axe';
import { expect, openPath, signInAs } from './support/patient';
import { api, deliverOrderEvent } from './support/twin-api';

/**
 * Sales targets (issue 17, 第五条〔一〕): the Sales head sets the north unit's and 冯雪's (north.staff) targets for
 * last year, signed order events are posted for one of her customers, and the progress page shows what was there
 * before plus the hand-computed months: ¥100,000 paid on 10 Feb, ¥30,000 of it refunded on 20 Apr, ¥40,000
 * received on 5 Mar against an order placed on 1 Mar.
 */
const year = Number(shanghaiDate(new Date()).slice(0, 4)) - 1;
const on = (mmdd: string) => `${year}-${mmdd}T10:00:00+08:00`;
const yuan = (fen: number) => `¥${formatFen(fen)}`;
/** The input behind a test id: Element Plus puts the id on the component's wrapper. */
const field = (page: Page, testId: string) => page.getByTestId(testId).locator('xpath=descendant-or-self::*[self::input or self::textarea]').first();

test.describe.configure({ timeout: 480_000 });

async function setTargetThroughDialog(page: Page, amountYuan: string, collectionYuan?: string) {
  await page.getByTestId('target-set').click();
  const dialog = page.getByTestId('target-dialog');
  await expect(dialog).toBeVisible();
  await field(page, 'target-amount').fill(amountYuan);
  if (collectionYuan) await field(page, 'target-collection').fill(collectionYuan);
  await field(page, 'target-note').click();
  await page.getByTestId('target-save').click();
  await expect(dialog).toBeHidden();
}

test('the Sales head sets a unit’s and a salesperson’s target; the progress page shows the hand-computed months (issue 17)', async ({ page }) => {
  const customers = await api<{ items: Customer[] }>('north.staff', 'GET', '/customers?ownerId=north.staff&limit=5');
  const customer = customers.items[0]!;
  const before = {
    unit: await api<TargetDetail>('sales.head', 'GET', `/sales-targets/${year}/unit/north`),
    person: await api<TargetDetail>('sales.head', 'GET', `/sales-targets/${year}/person/north.staff`),
  };

  await signInAs(page, 'sales.head');
  await openPath(page, `/sales-targets?year=${year}&kind=unit&id=north`);
  await expect(page.getByTestId('page-title')).toHaveText('销售目标');
  await expect(page.getByTestId('target-amount-shown')).toHaveText('未设定');
  await setTargetThroughDialog(page, '1200000', '600000');
  await expect(page.getByTestId('target-amount-shown')).toHaveText('¥1,200,000.00');
  await expect(page.getByTestId('target-history')).toContainText('李静 设定：销售目标 ¥1,200,000.00，回款目标 ¥600,000.00');

  await openPath(page, `/sales-targets?year=${year}&kind=person&id=north.staff`);
  await expect(page.getByTestId('target-detail')).toContainText('冯雪');
  await setTargetThroughDialog(page, '240000');
  await expect(page.getByTestId('target-list')).toContainText('华北事业部');
  await expect(page.getByTestId('target-list')).toContainText('冯雪');

  // Signed events, out of order and one twice, as the order system may send them.
  const orderId = `SO-TGT-${Date.now().toString(36).toUpperCase()}`;
  const event = (type: OrderEvent['type'], id: string, amountFen: number, at: string, extra: Partial<OrderEvent['data']> = {}): OrderEvent => ({
    type,
    timestamp: at,
    data: { orderId: id, customer: { id: customer.id }, amountFen, currency: 'CNY', occurredAt: at, ...extra },
  });
  const paid = event('order.paid', `${orderId}-1`, 10_000_000, on('02-10'));
  for (const e of [
    event('order.refunded', `${orderId}-1`, 3_000_000, on('04-20'), { refundId: `${orderId}-RF` }),
    paid,
    event('payment.received', `${orderId}-2`, 4_000_000, on('03-05'), { paymentId: `${orderId}-P` }),
    event('order.placed', `${orderId}-2`, 4_000_000, on('03-01'), { paymentDueDate: `${year}-03-31` }),
    paid,
  ]) expect(await deliverOrderEvent(e)).toBe(200);

  // Hand-computed: sales +10,000,000 fen from February, −3,000,000 from April; collected +4,000,000 from March.
  const sales = [0, 10_000_000, 10_000_000, 7_000_000];
  const collected = [0, 0, 4_000_000, 4_000_000];
  for (const [kind, id, detail] of [['unit', 'north', before.unit], ['person', 'north.staff', before.person]] as const) {
    await openPath(page, `/sales-targets?year=${year}&kind=${kind}&id=${id}`);
    const months = detail.progress.months;
    await expect(page.getByTestId('month-sales-to-date').nth(3)).toHaveText(yuan(months[3]!.salesToDateFen! + sales[3]!));
    await expect(page.getByTestId('month-sales-to-date').nth(1)).toHaveText(yuan(months[1]!.salesToDateFen! + sales[1]!));
    await expect(page.getByTestId('month-sales-to-date').nth(0)).toHaveText(yuan(months[0]!.salesToDateFen! + sales[0]!));
    await expect(page.getByTestId('month-collected-to-date').nth(2)).toHaveText(yuan(months[2]!.collectedToDateFen! + collected[2]!));
    await expect(page.getByTestId('month-collected-to-date').nth(1)).toHaveText(yuan(months[1]!.collectedToDateFen! + collected[1]!));
    await expect(page.getByTestId('target-sold')).toHaveText(yuan(detail.progress.salesFen + 7_000_000));
    await expect(page.getByTestId('target-collected')).toHaveText(yuan(detail.progress.collectedFen + 4_000_000));
  }
  // The person's page: 冯雪's target ¥240,000 spread evenly, ¥20,000 a month.
  await expect(page.getByTestId('target-months')).toContainText('¥20,000.00');
  await expect(page.getByTestId('target-months')).toContainText('¥240,000.00');

  // A chart with an accessible name and its figures as a text table; axe-core and a phone's width in both languages.
  const url = `/sales-targets?year=${year}&kind=unit&id=north`;
  await openPath(page, url);
  await expect(page.getByTestId('target-chart')).toHaveAttribute('aria-label', `${before.unit.subjectName} ${year} 年销售与回款累计进度`);
  await expect(page.getByTestId('chart-text')).toContainText('目标进度 ¥100,000.00');
  expect(await seriousFindings(page, url, 'zh-CN')).toEqual([]);
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('page-title')).toHaveText('Sales targets');
  expect(await seriousFindings(page, url, 'en')).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByTestId('target-sold')).toHaveText(yuan(before.unit.progress.salesFen + 7_000_000));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousFindings(page, url, 'en')).toEqual([]);
});
