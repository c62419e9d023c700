import AxeBuilder from '@axe-core/playwright';
import { test } from '@playwright/test';
import type { HomeView } from '#shared/schemas/home.schema';
import { expect, signInAs, signOutOf } from './support/patient';
import { api } from './support/twin-api';

test.describe.configure({ timeout: 300_000 });

test.describe('the 工作台 (issue 12)', () => {
  test('a unit salesperson lands on their 工作台 and follows a to-do to its list, filtered', async ({ page }) => {
    const home = await api<HomeView>('east.staff', 'GET', '/home');

    await test.step('east.staff signs in and lands on the 工作台, not the customer list', async () => {
      await page.goto('/');
      await signInAs(page, 'east.staff');
      await expect(page).toHaveURL(/\/home$/);
      await expect(page.getByTestId('page-title')).toHaveText('我的待办');
    });

    await test.step('the to-dos are the API\'s, each a count; the figures are East China\'s and each chart says in words what it shows', async () => {
      if (home.todos.length === 0) {
        await expect(page.getByTestId('home-todos-empty')).toHaveText('目前没有待办事项，一切都已处理。');
      } else {
        await expect(page.getByTestId('home-todo')).toHaveCount(home.todos.length);
        for (const todo of home.todos) await expect(page.locator(`[data-testid="home-todo"][data-kind="${todo.kind}"]`).first()).toContainText(String(todo.count));
      }
      expect(home.figures?.scope).toBe('east');
      await expect(page.getByTestId('home-scope')).toHaveCount(0);
      const freshness = page.getByTestId('home-chart-freshness');
      await expect(freshness.getByRole('img')).toHaveAttribute('aria-label', '档案时效');
      await expect(freshness.getByTestId('chart-text')).toContainText(`档案 ${home.figures!.freshness.total} 份，过期 ${home.figures!.freshness.stale} 份`);
    });

    await test.step('following "my open service requests" (or the first to-do) opens its list already filtered', async () => {
      const todo = home.todos.find((t) => t.kind === 'service-open') ?? home.todos[0];
      expect(todo, 'the demo seed gives east.staff something to do').toBeDefined();
      await page.locator(`[data-testid="home-todo"][data-kind="${todo!.kind}"]`).first().click();
      const [path, query] = todo!.link.split(/[?#]/);
      await expect(page).toHaveURL(new RegExp(`${path!.replace(/\//g, '\\/')}(\\?|$|#)`));
      if (todo!.kind === 'service-open') {
        await expect(page.getByTestId('sr-filter-open').locator('input')).toBeChecked();
        await expect(page.locator('.sr-row')).toHaveCount(Math.min(todo!.count, 20));
      } else {
        expect(page.url()).toContain(query ?? '');
      }
    });
  });

  test('leadership lands on the company\'s figures, switches to a unit, and exports a report', async ({ page }) => {
    const company = await api<HomeView>('leader', 'GET', '/home');
    const north = await api<HomeView>('leader', 'GET', '/home?unitId=north');

    await test.step('leader signs in and lands on the 工作台 with the company\'s figures', async () => {
      await page.goto('/');
      await signInAs(page, 'leader');
      await expect(page).toHaveURL(/\/home$/);
      await expect(page.getByTestId('home-chart-freshness').getByTestId('chart-text')).toContainText(`档案 ${company.figures!.freshness.total} 份`);
    });

    await test.step('switching to North China shows that unit\'s figures', async () => {
      await page.getByTestId('home-scope').click();
      await page.getByRole('option', { name: '华北事业部' }).click();
      await expect(page.getByTestId('home-chart-freshness').getByTestId('chart-text')).toContainText(`档案 ${north.figures!.freshness.total} 份`);
    });

    await test.step('a click anywhere on the freshness chart opens its report at that unit, which exports to Excel', async () => {
      await page.getByTestId('home-chart-freshness').getByTestId('chart-canvas').click({ position: { x: 12, y: 12 } });
      await expect(page).toHaveURL(/\/reports\/archive-freshness\?unitId=north/);
      await expect(page.getByTestId('page-title')).toHaveText('档案时效报表');
      await expect(page.getByTestId('freshness-units')).toContainText('华北事业部');
      const download = page.waitForEvent('download');
      await page.getByTestId('report-export').click();
      expect((await download).suggestedFilename()).toMatch(/^档案时效报表-archive-freshness-\d{4}-\d{2}-\d{2}\.xlsx$/);
    });

    await signOutOf(page);
  });

  test('a unit head follows "reception steps I own" to the visit list\'s own tab, showing as many steps', async ({ page }) => {
    const home = await api<HomeView>('east.head', 'GET', '/home');
    const todo = home.todos.find((t) => t.kind === 'reception-steps');
    expect(todo, 'the demo seed\'s approved key visit leaves east.head open steps').toBeDefined();

    await page.goto('/');
    await signInAs(page, 'east.head');
    await expect(page).toHaveURL(/\/home$/);
    await page.locator('[data-testid="home-todo"][data-kind="reception-steps"]').click();
    await expect(page).toHaveURL(/\/visits\?tab=mine$/);
    await expect(page.getByRole('tab', { name: '我负责的步骤' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('my-step')).toHaveCount(Math.min(todo!.count, 50));
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.getByTestId('my-step').first().click();
    await expect(page).toHaveURL(/\/visits\/[^/?]+$/);

    await signOutOf(page);
  });
});
