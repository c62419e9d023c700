import { expect, test } from '@playwright/test';
import type { SearchResults } from '#shared/schemas/search.schema';
import { signIn } from './support/app';
import { randomCreditCode, uniqueCustomerName } from './support/test-data';
import { api } from './support/twin-api';

/** Four digits no customer of the east unit has as a phone's end yet, so the search finds only ours. */
async function unusedLastFour(): Promise<string> {
  for (;;) {
    const digits = String(Math.floor(Math.random() * 10_000)).padStart(4, '0');
    const found = await api<SearchResults>('east.staff', 'GET', `/search?q=${digits}`);
    if (!found.customers.length) return digits;
  }
}

test.describe('header search (issue 12)', () => {
  test('a unit salesperson finds a customer by the last four digits of a phone, on a phone, with the keyboard, and opens it', async ({ page }) => {
    const { name } = uniqueCustomerName();
    const lastFour = await unusedLastFour();
    const created = await api<{ id: string }>('east.staff', 'POST', '/customers', {
      name,
      creditCode: randomCreditCode(),
      kind: 'main-business',
      creditRating: 'AA',
      contacts: [{ name: '陈思远', phone: `1395810${lastFour}`, primary: true }],
    });

    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'east.staff');

    await test.step('/ focuses the box; typing the four digits lists the customer under 客户, without its phone', async () => {
      await page.keyboard.press('/');
      const box = page.getByTestId('global-search-input');
      await expect(box).toBeFocused();
      await page.keyboard.type(lastFour);
      const customers = page.getByTestId('global-search-group-customers');
      await expect(customers).toContainText('客户');
      await expect(page.getByTestId(`global-search-option-customer-${created.id}`)).toContainText(name);
      await expect(page.getByTestId('global-search-results')).not.toContainText(`1395810${lastFour}`);
      // The list fits the phone's width.
      const panel = await page.getByTestId('global-search-results').boundingBox();
      expect(panel!.x).toBeGreaterThanOrEqual(0);
      expect(panel!.x + panel!.width).toBeLessThanOrEqual(390);
    });

    await test.step('Enter opens the customer', async () => {
      await expect(page.getByTestId(`global-search-option-customer-${created.id}`)).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/customers/${created.id}$`));
      await expect(page.getByTestId('customer-detail-name')).toHaveText(name);
    });
  });
});
