import { test } from '@playwright/test';
import { choose } from './support/app';
import { expect, openPath, signInAs } from './support/patient';
import { randomCreditCode, uniqueCustomerName } from './support/test-data';

test.describe.configure({ timeout: 360_000 });

test.describe('business units as records (issue 11)', () => {
  test('an admin creates a unit at a phone’s width and it is offered at once in the customer form', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // Codes are never reused, so each run makes its own.
    const suffix = Date.now().toString(36);
    const code = `e2e-${suffix}`;
    const unitName = `测试事业部${suffix}`;

    await signInAs(page, 'admin');
    await openPath(page, '/units');
    await expect(page.getByTestId('page-title')).toHaveText('业务单位');
    await expect(page.getByTestId('unit-code').filter({ hasText: /^east$/ })).toBeVisible();

    await test.step('a badly formed code is named under the field', async () => {
      await page.getByTestId('unit-new').click();
      await page.getByTestId('unit-code-input').fill('Bad Code');
      await page.getByTestId('unit-name-input').fill(unitName);
      await page.getByTestId('unit-save').click();
      await expect(page.getByTestId('field-code').locator('.el-form-item__error')).toContainText('小写字母');
    });

    await test.step('the unit is created and listed', async () => {
      await page.getByTestId('unit-code-input').fill(code);
      await page.getByTestId('unit-region-input').fill('测试区域');
      await page.getByTestId('unit-save').click();
      await expect(page.getByTestId('unit-dialog')).toBeHidden();
      await expect(page.getByTestId('unit-name').filter({ hasText: unitName })).toBeVisible();
    });

    await test.step('the customer form offers it, and a customer is created in it', async () => {
      // The customer form's phone layout is issue 13's; here it is only the unit choice that counts.
      await page.setViewportSize({ width: 1280, height: 900 });
      await openPath(page, '/customers/new');
      const { name } = uniqueCustomerName();
      await page.getByTestId('customer-name').fill(name);
      await page.getByTestId('customer-credit-code').fill(randomCreditCode());
      await choose(page, 'customer-kind', '潜在客户');
      await choose(page, 'customer-credit-rating', 'A');
      await choose(page, 'customer-unit', unitName);
      await page.getByTestId('customer-save').click();
      await expect(page.getByTestId('customer-detail-name')).toHaveText(name);
      await expect(page.getByTestId('customer-detail-unit')).toHaveText(unitName);
    });

    await test.step('it cannot be retired while it has that customer, and the page says why', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openPath(page, '/units');
      const row = page.locator('.el-table__row').filter({ hasText: code });
      await row.getByTestId('unit-retire').click();
      await page.getByRole('button', { name: '撤销', exact: true }).last().click();
      // The confirmation may still be fading out when the refusal opens: look for the box that says why.
      await expect(page.locator('.el-message-box').filter({ hasText: '仍有 1 位客户' })).toBeVisible();
    });
  });
});
