import { test, type Locator, type Page } from '@playwright/test';
import type { CustomerSummary } from '#shared/customer-view';
import { shanghaiDate, shanghaiInstant, shanghaiMidnight } from '#shared/shanghai-time';
import { choose } from './support/app';
import { seriousFindings, type Finding } from './support/axe';
import { demoLogin } from './support/endpoints';
import { menuPathsFor, openMenuPage } from './support/menu-walk';
import { expect, openPath, signInAs } from './support/patient';
import { randomCreditCode, uniqueCustomerName } from './support/test-data';
import { api } from './support/twin-api';

/** A phone held upright (issue 13): the SPA must work here for the people on site. */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
test.describe.configure({ timeout: 600_000 });

/** seed-001 is a VIP customer of unit east (infra/local/seed): its confidential sections need a purpose. */
const vipCustomer = 'seed-001';

/** Nothing is wider than the screen: the document does not scroll sideways. */
// Measured against the screen's own width, not window.innerWidth: a mobile browser zooms out to show a page
// that is too wide, and innerWidth then grows with it (a 409 px page read "409 px wide on a 409 px screen").
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const screen = page.viewportSize()!.width;
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${where}: page ${scrollWidth}px wide on a ${screen}px screen`).toBeLessThanOrEqual(screen);
}

/** A card lies within the screen's width. */
async function expectWithinScreen(card: Locator, what: string): Promise<void> {
  await expect(card).toBeVisible();
  // Polled: a list that re-renders (a page answering, a tab's transition) has no box for a moment.
  const edges = async () => {
    const box = await card.boundingBox();
    return box ? [Math.round(box.x), Math.round(box.x + box.width)] : null;
  };
  await expect.poll(edges, { message: what }).not.toBeNull();
  const [left, right] = (await edges())!;
  expect(left, what).toBeGreaterThanOrEqual(0);
  expect(right, what).toBeLessThanOrEqual(390);
}

/** Today's Shanghai calendar date, as the revisit calendar's cells carry it. */
const shanghaiToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** Switches the language in place (the header's user menu on a phone); the page re-renders without a reload. */
async function setLanguage(page: Page, lang: 'zh-CN' | 'en'): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) === lang) return;
  await page.getByTestId('user-menu').click();
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  // The menu closes by itself; measured while it still fades out, its popper would count in the page's width.
  await expect(page.getByTestId('language-switch')).toBeHidden();
}

async function openFromDrawer(page: Page, path: string): Promise<void> {
  await page.getByTestId('menu-open').click();
  const drawer = page.getByTestId('menu-drawer');
  await expect(drawer).toBeVisible();
  await drawer.getByTestId(`menu-${path.slice(1)}`).click();
  await expect(drawer).toBeHidden();
}

test.describe('on a phone (issue 13)', () => {
  test('east.staff does the on-site work with a thumb: finds a customer, reads it with a purpose, records a revisit, ticks a reception step, receives a service request, clears notices', async ({ page }) => {
    const marker = Date.now().toString(36).toUpperCase();
    // Arranged through the API: a notice for east.staff (a customer handed over) and a visit with steps to tick.
    const { name: handedName } = uniqueCustomerName();
    const handed = await api<CustomerSummary>('sales.head', 'POST', '/customers', {
      name: handedName, creditCode: randomCreditCode(), kind: 'potential', creditRating: 'A', unitId: 'east', ownerId: 'east.staff2',
    });
    await api('sales.head', 'POST', '/customers/reassign', { fromOwnerId: 'east.staff2', toOwnerId: 'east.staff', customerIds: [handed.id] });
    // A key customer's general manager visiting (第十条〔三〕2〔1〕): once leadership approved the plan, the
    // pick-up at the station (④ "由业务部领导或销售员接送站") is a step the unit's salesperson may tick on site.
    // seed-002 is a key customer of unit east (infra/local/seed).
    // 10:00–14:00 three days on, in Shanghai: a visit starting at the test's own time of day crossed midnight
    // when the tests ran in the evening, and a two-day visit is rightly listed under both days.
    const visitDay = shanghaiDate(shanghaiMidnight(shanghaiDate(new Date()), 3));
    const visit = await api<{ id: string }>('east.head', 'POST', '/visits', {
      customerId: 'seed-002',
      visitors: [{ name: '周晓东', title: '总经理', rank: 'chairman-gm' }],
      arrivalAt: shanghaiInstant(`${visitDay} 10:00`),
      departureAt: shanghaiInstant(`${visitDay} 14:00`),
      purpose: `现场交流（${marker}）`,
      headcount: 1,
    });
    await api('leader', 'POST', `/visits/${visit.id}/approval`, { decision: 'approved' });
    const eastCustomers = (await api<{ items: CustomerSummary[] }>('east.staff', 'GET', '/customers?limit=100')).items;
    const vip = eastCustomers.find((c) => c.id === vipCustomer)!;
    const visited = eastCustomers.find((c) => c.id === 'seed-002')!;

    await test.step('the header keeps the essentials; the menu is a drawer behind a button', async () => {
      await signInAs(page, 'east.staff');
      await expect(page.getByTestId('menu-open')).toBeVisible();
      await expect(page.getByTestId('inbox-bell')).toBeVisible();
      await expect(page.getByTestId('user-menu')).toBeVisible();
      await expect(page.locator('.app-layout__aside')).toHaveCount(0);
      await expectNoSidewaysScroll(page, 'after sign-in');
    });

    await test.step('finds the customer in the list, shown as cards with name, tier and owner', async () => {
      await openFromDrawer(page, '/customers');
      await page.getByTestId('customer-search').fill(vip.name.slice(0, 4));
      await page.getByTestId('customer-search-submit').click();
      const card = page.getByTestId('card').filter({ hasText: vip.name });
      await expect(card).toBeVisible();
      await expect(card).toContainText('VIP客户');
      await expect(card).toContainText(demoLogin(vip.ownerId).name);
      await expectNoSidewaysScroll(page, 'customer cards');
      await card.getByTestId('customer-link').click();
    });

    await test.step('reads its detail after stating the purpose; labels sit beside their values, not a character a line', async () => {
      await expect(page.getByTestId('purpose-prompt')).toBeVisible();
      await page.getByTestId('purpose-input').fill('上门回访前查看联系人');
      await page.getByTestId('purpose-submit').click();
      await expect(page.getByTestId('purpose-prompt')).toHaveCount(0);
      await expect(page.getByTestId('customer-detail-name')).toHaveText(vip.name);
      const label = page.getByTestId('customer-detail').locator('.el-descriptions__label').first();
      expect((await label.boundingBox())!.width).toBeGreaterThan(90);
      await expectNoSidewaysScroll(page, 'customer detail');
    });

    await test.step('records a revisit with its four contents in a full-screen dialog', async () => {
      await page.getByTestId('revisit-record').click();
      const dialog = page.locator('.el-dialog').filter({ has: page.getByTestId('revisit-save') });
      await expect(dialog).toBeVisible();
      expect((await dialog.boundingBox())!.width).toBeGreaterThanOrEqual(389);
      await page.getByTestId('revisit-channel-phone').click();
      await page.getByTestId('revisit-visitor-name-0').fill('周婷');
      await choose(page, 'revisit-visitor-rank-0', '业务员');
      await page.getByTestId('revisit-opinions').fill(`对交付满意（${marker}）`);
      await page.getByRole('button', { name: '添加服务事项' }).click();
      await page.getByRole('textbox', { name: '服务事项 1' }).fill('上月报修的设备');
      await page.getByTestId('revisit-promoted').fill('年度返利政策');
      await page.getByTestId('revisit-plans').fill('明年扩产');
      // The stars by keyboard (the rate is a slider): a touch screen's tap on a 20 px star is not what is tested here.
      const stars = page.getByTestId('revisit-satisfaction');
      await stars.focus();
      for (let i = 0; i < 5; i++) await stars.press('ArrowRight');
      await expect(stars).toHaveAttribute('aria-valuenow', '5');
      await expectNoSidewaysScroll(page, 'revisit dialog');
      await page.getByTestId('revisit-save').click();
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId('revisit-entry').first()).toContainText(`对交付满意（${marker}）`);
    });

    await test.step('sees the revisit among the day’s cards on the unit’s revisit calendar', async () => {
      await openFromDrawer(page, '/revisit-calendar');
      await page.getByTestId('calendar-scope-unit').click();
      await expect(page.getByTestId('calendar-summary')).toBeVisible();
      await page.locator(`[data-testid="calendar-day"][data-day="${shanghaiToday()}"]`).click();
      const card = page.getByTestId('calendar-day-entries').getByTestId('card').filter({ hasText: vip.name }).filter({ hasText: '周婷（业务员）' });
      await expect(card.first()).toBeVisible();
      await expectWithinScreen(card.first(), 'revisit calendar card');
      await expectNoSidewaysScroll(page, 'revisit calendar');
    });

    await test.step('finds the pick-up among 我负责的步骤 as a card, which passes axe-core', async () => {
      await openPath(page, '/visits?tab=mine');
      const card = page.getByTestId('my-steps').getByTestId('card').filter({ has: page.locator(`[data-step^="${visit.id}:"]`) });
      await expect(card).toBeVisible();
      await expect(card).toContainText(visited.name);
      await expect(card).toContainText('应完成');
      await expectWithinScreen(card, 'my step card');
      await expectNoSidewaysScroll(page, 'my steps');
      expect(await seriousFindings(page, '/visits?tab=mine', 'zh-CN')).toEqual([]);
    });

    await test.step('finds the arranged visit among the coming days’ cards and ticks its pick-up step', async () => {
      await openFromDrawer(page, '/visits');
      const row = page.locator(`[data-testid="visit-row"][data-visit-id="${visit.id}"]`);
      await expect(row).toContainText(`现场交流（${marker}）`);
      await expectWithinScreen(row, 'visit card');
      await expectNoSidewaysScroll(page, 'visits');
      await row.click();
      await expect(page).toHaveURL(new RegExp(`/visits/${visit.id}$`));
      // The checklist is a card a step; only the pick-up is the salesperson's: the other steps are the unit head's, leadership's or the office's.
      const step = page.locator('[data-testid="card"].visit-step-pickup');
      await expect(step.getByTestId('step-status')).toHaveText('待办');
      await expect(page.getByTestId('step-tick')).toHaveCount(1);
      await expectWithinScreen(step, 'step card');
      await step.getByTestId('step-tick').click();
      await page.getByTestId('step-note-input').fill('已电话确认来访人数');
      await page.getByTestId('step-tick-submit').click();
      await expect(step.getByTestId('step-status')).toHaveText('已完成');
      await expect(step.getByTestId('step-note')).toHaveText('已电话确认来访人数');
      await expectNoSidewaysScroll(page, 'visit detail');
    });

    await test.step('receives a service request, labels above the fields', async () => {
      await openFromDrawer(page, '/service-requests');
      await page.getByTestId('sr-new').click();
      await expect(page.getByTestId('page-title')).toHaveText('登记服务请求');
      await openPath(page, `/service-requests/new?customerId=${vipCustomer}&customerName=${encodeURIComponent(vip.name)}`);
      await choose(page, 'sr-kind', '咨询');
      await page.getByTestId('sr-channel').getByText('电话').click();
      await page.getByTestId('sr-contact-name').fill('王经理');
      const label = await page.getByTestId('field-statement').locator('.el-form-item__label').boundingBox();
      const box = await page.getByTestId('sr-statement').boundingBox();
      expect(box!.y).toBeGreaterThan(label!.y + label!.height - 1);
      // Left empty, the statement says so as soon as it loses the focus (issue 13: on blur, not only on save).
      await page.getByTestId('sr-statement').focus();
      await page.getByTestId('sr-contact-name').focus();
      await expect(page.getByTestId('field-statement').locator('.el-form-item__error')).toBeVisible();
      await page.getByTestId('sr-statement').fill(`询问新型号的交货期（${marker}）`);
      await page.getByTestId('sr-contact-name').focus();
      await expect(page.getByTestId('field-statement').locator('.el-form-item__error')).toHaveCount(0);
      await expectNoSidewaysScroll(page, 'service request form');
      await page.getByTestId('sr-submit').click();
      await expect(page.getByTestId('sr-status')).toHaveText('已受理');
      const requestId = new URL(page.url()).pathname.split('/').pop()!;
      // Back in the list (mine: the requests I received), the new request is a card with its customer and status.
      await openFromDrawer(page, '/service-requests');
      const card = page.locator(`[data-testid="card"].sr-row-${requestId}`);
      await expect(card.getByTestId('sr-row-customer')).toHaveText(vip.name);
      await expect(card.getByTestId('sr-row-status')).toHaveText('已受理');
      await expectWithinScreen(card, 'service request card');
      await expectNoSidewaysScroll(page, 'service request cards');
    });

    await test.step('reads the notice and clears the notices', async () => {
      await page.getByTestId('inbox-bell').click();
      const drawer = page.getByTestId('inbox-drawer');
      await expect(drawer).toBeVisible();
      await expect(page.getByTestId('inbox-item').filter({ hasText: '已转给您' }).first()).toBeVisible();
      await expectNoSidewaysScroll(page, 'inbox');
      await page.getByTestId('inbox-mark-all').click();
      await expect(page.locator('[data-testid="inbox-item"][data-read="false"]')).toHaveCount(0);
    });

    await test.step('signs out from the user menu', async () => {
      await page.keyboard.press('Escape');
      await page.getByTestId('user-menu').click();
      await page.getByTestId('sign-out').click();
      await expect(page).toHaveURL(/\/sign-in/);
    });
  });

  test('a dialog takes the whole screen; focus moves into it, stays there, and returns to the button that opened it', async ({ page }) => {
    // seed-003 is a general customer of unit east: its detail opens without a purpose.
    await signInAs(page, 'east.staff');
    await openPath(page, '/customers/seed-003');
    const opener = page.getByTestId('revisit-record');
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('.el-dialog').filter({ has: page.getByTestId('revisit-save') });
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(389);
    expect(box.height).toBeGreaterThanOrEqual(843);
    const focusInDialog = () => page.evaluate(() => !!document.activeElement?.closest('.el-dialog'));
    await expect.poll(focusInDialog).toBe(true);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await focusInDialog()).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });

  // A unit salesperson and a unit head, leadership (the 工作台 and reports) and the administrator (every settings and people page):
  // every page of their menus fits the screen and passes axe-core on the phone layout (cards, drawer, stacked forms), which the
  // desktop walk (accessibility.spec.ts) does not see. Both languages, without checking every page twice for everyone: the
  // people on site (east.staff) in both, the others in one each, so Chinese meets the unit's pages and the reports, and
  // English — the longer labels — is measured against the width on the unit's, the unit head's and the settings pages.
  const walks = [
    ['east.staff', ['zh-CN', 'en']],
    ['east.head', ['en']],
    ['leader', ['zh-CN']],
    ['admin', ['en']],
  ] as const;
  for (const [username, langs] of walks) {
    test(`no page of ${username}'s menu is wider than the screen or has a serious axe-core finding, in ${langs.join(' and ')}`, async ({ page }) => {
      // leader's and admin's menus have over twenty pages, several with charts: patient on a shared machine.
      test.setTimeout(900_000);
      await signInAs(page, username);
      const paths = menuPathsFor(username);
      await page.getByTestId('menu-open').click();
      await expect(page.getByTestId('menu-drawer').locator('[data-testid^="menu-"][role="menuitem"]')).toHaveCount(paths.length);
      await page.keyboard.press('Escape');
      const findings: Finding[] = [];
      for (const path of paths) {
        await openMenuPage(page, path);
        for (const lang of langs) {
          await setLanguage(page, lang);
          await expectNoSidewaysScroll(page, `${path} (${lang})`);
          findings.push(...(await seriousFindings(page, path, lang)));
        }
      }
      expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
    });
  }
});
