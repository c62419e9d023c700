import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { loadAuth } from '../auth/load-auth';
import { i18n, loadFeatureMessages } from '../i18n';
import { useSessionStore } from '../stores/session.store';
import { menuEntries } from './menu';

const routes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    // Amplify's auth loads with the sign-in page, beside it rather than before the app's first script.
    component: () => (void loadAuth(), import('../views/sign-in/SignInPage.vue')),
    meta: { public: true, titleKey: 'signIn.title' },
  },
  // The printed reception plan: one page per visit, outside the app's header and menu.
  {
    path: '/visits/:visitId/print',
    name: 'visit-print',
    component: () => import('../views/reception/VisitPrintPage.vue'),
    props: true,
    meta: { apiRoute: 'GET /visits/{visitId}', titleKey: 'reception.printTitle' },
  },
  // The evaluation report as a printed page: signed in, but without the app's header and menu.
  {
    path: '/revisit-reports/:unitId/:quarter/print',
    name: 'revisit-report-print',
    component: () => import('../views/revisit-reports/ReportPrintPage.vue'),
    props: true,
    meta: { apiRoute: 'GET /revisit-reports/{unitId}/{quarter}', titleKey: 'revisitReports.pageTitle' },
  },
  {
    path: '/',
    component: () => import('../components/AppLayout.vue'),
    children: [
      // Sent on by the guard: a `redirect` here would run before the sign-in check, with no user yet.
      { path: '', name: 'home', component: () => import('../views/errors/ErrorPage.vue'), props: { kind: 'not-found' } },
      {
        path: 'customers',
        name: 'customers',
        component: () => import('../views/customers/CustomerListPage.vue'),
        meta: { apiRoute: 'GET /customers', titleKey: 'customer.listTitle' },
      },
      {
        path: 'customers/new',
        name: 'customer-new',
        component: () => import('../views/customers/CustomerCreatePage.vue'),
        meta: { apiRoute: 'POST /customers', titleKey: 'customer.createTitle' },
      },
      {
        path: 'customers/:customerId',
        name: 'customer-detail',
        component: () => import('../views/customers/CustomerDetailPage.vue'),
        props: true,
        meta: { apiRoute: 'GET /customers/{customerId}', titleKey: 'customer.detailTitle' },
      },
      {
        path: 'customers/:customerId/edit',
        name: 'customer-edit',
        component: () => import('../views/customers/CustomerEditPage.vue'),
        props: true,
        meta: { apiRoute: 'PATCH /customers/{customerId}', titleKey: 'customer.editTitle' },
      },
      // The confidential archive (issue 3): recycle bin, reassignment, access log, inbox.
      {
        path: 'recycle-bin',
        name: 'recycle-bin',
        component: () => import('../views/archive/RecycleBinPage.vue'),
        meta: { apiRoute: 'GET /recycle-bin', titleKey: 'recycleBin.title' },
      },
      {
        path: 'reassign',
        name: 'reassign',
        component: () => import('../views/archive/ReassignPage.vue'),
        meta: { apiRoute: 'POST /customers/reassign', titleKey: 'reassign.title' },
      },
      {
        path: 'access-log',
        name: 'access-log',
        component: () => import('../views/archive/AccessLogPage.vue'),
        meta: { apiRoute: 'GET /access-log', titleKey: 'accessLog.title' },
      },
      {
        path: 'inbox',
        name: 'inbox',
        component: () => import('../views/inbox/InboxPage.vue'),
        meta: { apiRoute: 'GET /inbox', titleKey: 'inbox.title' },
      },
      {
        path: 'imports',
        name: 'imports',
        component: () => import('../views/imports/ImportPage.vue'),
        meta: { apiRoute: 'POST /imports', titleKey: 'imports.menu' },
      },
      // Orders and tiers (issue 4): unmatched order events, preferential policies, tier rules.
      {
        path: 'unmatched-orders',
        name: 'unmatched-orders',
        component: () => import('../views/orders/UnmatchedOrdersPage.vue'),
        meta: { apiRoute: 'GET /order-events/unmatched', titleKey: 'unmatchedOrders.title' },
      },
      {
        path: 'preferential-policies',
        name: 'preferential-policies',
        component: () => import('../views/policies/PolicyListPage.vue'),
        meta: { apiRoute: 'GET /preferential-policies', titleKey: 'policies.title' },
      },
      {
        path: 'tier-rules',
        name: 'tier-rules',
        component: () => import('../views/tiers/TierRulesPage.vue'),
        meta: { apiRoute: 'GET /settings/tiers', titleKey: 'tierRules.title' },
      },
      // Service requests (issue 6): lists, registration, detail with actions, figures.
      {
        path: 'service-requests',
        name: 'service-requests',
        component: () => import('../views/service/ServiceListPage.vue'),
        meta: { apiRoute: 'GET /service-requests', titleKey: 'service.listTitle' },
      },
      {
        path: 'service-requests/new',
        name: 'service-request-new',
        component: () => import('../views/service/ServiceCreatePage.vue'),
        meta: { apiRoute: 'POST /service-requests', titleKey: 'service.createTitle' },
      },
      {
        path: 'service-requests/stats',
        name: 'service-stats',
        component: () => import('../views/service/ServiceStatsPage.vue'),
        meta: { apiRoute: 'GET /service-requests/stats', titleKey: 'service.statsTitle' },
      },
      {
        path: 'service-requests/:requestId',
        name: 'service-request',
        component: () => import('../views/service/ServiceDetailPage.vue'),
        props: true,
        meta: { apiRoute: 'GET /service-requests/{requestId}', titleKey: 'service.detailTitle' },
      },
      // Customer visits and reception plans (issue 7).
      {
        path: 'visits',
        name: 'visits',
        component: () => import('../views/reception/VisitsPage.vue'),
        meta: { apiRoute: 'GET /visits', titleKey: 'reception.listTitle' },
      },
      {
        path: 'visits/new',
        name: 'visit-new',
        component: () => import('../views/reception/VisitRegisterPage.vue'),
        meta: { apiRoute: 'POST /visits', titleKey: 'reception.createTitle' },
      },
      {
        path: 'visits/:visitId',
        name: 'visit',
        component: () => import('../views/reception/VisitDetailPage.vue'),
        props: true,
        meta: { apiRoute: 'GET /visits/{visitId}', titleKey: 'reception.detailTitle' },
      },
      {
        path: 'visit-approvals',
        name: 'visit-approvals',
        component: () => import('../views/reception/VisitApprovalsPage.vue'),
        meta: { apiRoute: 'GET /visit-approvals', titleKey: 'reception.approvalsTitle' },
      },
      // Revisits (issue 5): coverage, the calendar, the frequency rules, each person's reminder channels.
      {
        path: 'revisit-coverage',
        name: 'revisit-coverage',
        component: () => import('../views/revisits/RevisitCoveragePage.vue'),
        meta: { apiRoute: 'GET /revisits/coverage', titleKey: 'revisits.coverageTitle' },
      },
      {
        path: 'revisit-calendar',
        name: 'revisit-calendar',
        component: () => import('../views/revisits/RevisitCalendarPage.vue'),
        meta: { apiRoute: 'GET /revisits/calendar', titleKey: 'revisits.calendarTitle' },
      },
      {
        path: 'revisit-rules',
        name: 'revisit-rules',
        component: () => import('../views/revisits/RevisitRulesPage.vue'),
        meta: { apiRoute: 'GET /settings/revisits', titleKey: 'revisits.rulesTitle' },
      },
      {
        path: 'notification-settings',
        name: 'notification-settings',
        component: () => import('../views/revisits/NotificationSettingsPage.vue'),
        meta: { apiRoute: 'GET /me/notification-settings', titleKey: 'notifySettings.title' },
      },
      // Where a revisit reminder points: the customer's page, at its revisits.
      {
        path: 'customers/:customerId/revisits',
        redirect: (to) => ({ name: 'customer-detail', params: { customerId: to.params.customerId }, hash: '#revisits' }),
      },
      // Revisit plans and the quarterly evaluation (issue 5, R6): annual and temporary plans, reports.
      {
        path: 'revisit-plans/annual',
        name: 'revisit-plans-annual',
        component: () => import('../views/revisit-plans/AnnualPlanPage.vue'),
        meta: { apiRoute: 'GET /revisit-plans/annual/{unitId}/{year}', titleKey: 'revisitPlans.annualTitle' },
      },
      {
        path: 'revisit-plans/temporary',
        name: 'revisit-plans-temporary',
        component: () => import('../views/revisit-plans/TemporaryPlanListPage.vue'),
        meta: { apiRoute: 'GET /revisit-plans/temporary', titleKey: 'revisitPlans.temporaryTitle' },
      },
      {
        path: 'revisit-plans/temporary/:planId',
        name: 'revisit-plan-temporary',
        component: () => import('../views/revisit-plans/TemporaryPlanDetailPage.vue'),
        props: true,
        meta: { apiRoute: 'GET /revisit-plans/temporary/{planId}', titleKey: 'revisitPlans.detailTitle' },
      },
      {
        path: 'revisit-reports',
        name: 'revisit-reports',
        component: () => import('../views/revisit-reports/ReportListPage.vue'),
        meta: { apiRoute: 'GET /revisit-reports', titleKey: 'revisitReports.listTitle' },
      },
      {
        path: 'revisit-reports/:unitId/:quarter',
        name: 'revisit-report',
        component: () => import('../views/revisit-reports/ReportPage.vue'),
        props: true,
        meta: { apiRoute: 'GET /revisit-reports/{unitId}/{quarter}', titleKey: 'revisitReports.pageTitle' },
      },
      {
        path: 'forbidden',
        name: 'forbidden',
        component: () => import('../views/errors/ErrorPage.vue'),
        props: { kind: 'forbidden' },
        meta: { titleKey: 'errors.forbiddenTitle' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('../views/errors/ErrorPage.vue'),
        props: { kind: 'not-found' },
        meta: { titleKey: 'errors.notFoundTitle' },
      },
    ],
  },
];

function firstAllowedPath(): string {
  const session = useSessionStore();
  return menuEntries.find((m) => session.can(m.apiRoute))?.path ?? '/forbidden';
}

export const router = createRouter({
  history: createWebHistory(),
  routes,
});

router.beforeEach((to) => {
  const session = useSessionStore();
  if (to.meta.public) return true;
  if (!session.user) return { name: 'sign-in', query: { redirect: to.fullPath } };
  if (to.name === 'home') return firstAllowedPath();
  if (to.meta.apiRoute && !session.can(to.meta.apiRoute)) return { name: 'forbidden' };
  return true;
});

// Features' messages load before the first signed-in page is drawn, not with the sign-in page (web/src/i18n/index.ts).
router.beforeResolve((to) => (to.meta.public ? true : loadFeatureMessages().then(() => true)));

router.afterEach((to) => {
  const app = i18n.global.t('app.title');
  document.title = to.meta.titleKey ? `${i18n.global.t(to.meta.titleKey)} · ${app}` : app;
});
