import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { loadAuth } from '../auth/load-auth';
import { i18n, withMessages } from '../i18n';
import { useSessionStore } from '../stores/session.store';

const routes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    // Amplify's auth loads with the sign-in page, beside it rather than before the app's first script.
    component: withMessages(['account'], () => (void loadAuth(), import('../views/sign-in/SignInPage.vue'))),
    meta: { public: true, titleKey: 'signIn.title' },
  },
  // An admin without TOTP is led here after signing in, outside the app's header and menu (shared/admin-mfa.ts).
  {
    path: '/totp-setup',
    name: 'totp-setup',
    component: withMessages(['account'], () => import('../views/profile/TotpSetupPage.vue')),
    meta: { titleKey: 'totpSetup.pageTitle' },
  },
  // The printed reception plan: one page per visit, outside the app's header and menu.
  {
    path: '/visits/:visitId/print',
    name: 'visit-print',
    component: withMessages(['reception'], () => import('../views/reception/VisitPrintPage.vue')),
    props: true,
    meta: { apiRoute: 'GET /visits/{visitId}', titleKey: 'reception.printTitle' },
  },
  // The R8 reports printed (issue 12): the same report under the same filters, without the app's header and menu.
  {
    path: '/reports/tiers/print',
    name: 'report-tiers-print',
    component: withMessages(['home'], () => import('../views/reports/TierReportPage.vue')),
    props: { print: true },
    meta: { apiRoute: 'GET /reports/tiers', titleKey: 'reports.tiersTitle' },
  },
  {
    path: '/reports/archive-freshness/print',
    name: 'report-freshness-print',
    component: withMessages(['home'], () => import('../views/reports/FreshnessReportPage.vue')),
    props: { print: true },
    meta: { apiRoute: 'GET /reports/archive-freshness', titleKey: 'reports.freshnessTitle' },
  },
  {
    path: '/reports/service-quality/print',
    name: 'report-service-quality-print',
    component: withMessages(['home'], () => import('../views/reports/ServiceQualityPage.vue')),
    props: { print: true },
    meta: { apiRoute: 'GET /reports/service-quality', titleKey: 'reports.serviceTitle' },
  },
  // The evaluation report as a printed page: signed in, but without the app's header and menu.
  {
    path: '/revisit-reports/:unitId/:quarter/print',
    name: 'revisit-report-print',
    component: withMessages(['revisitReports'], () => import('../views/revisit-reports/ReportPrintPage.vue')),
    props: true,
    meta: { apiRoute: 'GET /revisit-reports/{unitId}/{quarter}', titleKey: 'revisitReports.pageTitle' },
  },
  // A scorecard as a printed page (R9): signed in, without the app's header and menu.
  {
    path: '/assessments/units/:unitId/:quarter/print',
    name: 'assessment-print',
    component: withMessages(['assessments'], () => import('../views/assessments/ScorecardPrintPage.vue')),
    props: (r) => ({ kind: 'unit', subject: String(r.params.unitId), quarter: String(r.params.quarter) }),
    meta: { apiRoute: 'GET /assessments/units/{unitId}/{quarter}', titleKey: 'assessments.pageTitle' },
  },
  {
    path: '/assessments/departments/:department/:quarter/print',
    name: 'department-assessment-print',
    component: withMessages(['assessments'], () => import('../views/assessments/ScorecardPrintPage.vue')),
    props: (r) => ({ kind: 'department', subject: String(r.params.department), quarter: String(r.params.quarter) }),
    meta: { apiRoute: 'GET /assessments/departments/{department}/{quarter}', titleKey: 'assessments.department.pageTitle' },
  },
  {
    path: '/',
    component: withMessages(['archive'], () => import('../components/AppLayout.vue')),
    children: [
      // Sent on to the 工作台 by the guard: a `redirect` here would run before the sign-in check, with no user yet.
      { path: '', name: 'root', component: () => import('../views/errors/ErrorPage.vue'), props: { kind: 'not-found' } },
      // The 工作台 (issue 12): every role starts here after signing in.
      {
        path: 'home',
        name: 'home',
        component: withMessages(['home', 'service'], () => import('../views/home/HomePage.vue')),
        meta: { apiRoute: 'GET /home', titleKey: 'home.title' },
      },
      {
        path: 'customers',
        name: 'customers',
        component: withMessages(['archive'], () => import('../views/customers/CustomerListPage.vue')),
        meta: { apiRoute: 'GET /customers', titleKey: 'customer.listTitle' },
      },
      {
        path: 'customers/new',
        name: 'customer-new',
        component: withMessages(['archive'], () => import('../views/customers/CustomerCreatePage.vue')),
        meta: { apiRoute: 'POST /customers', titleKey: 'customer.createTitle' },
      },
      {
        path: 'customers/:customerId',
        name: 'customer-detail',
        component: withMessages(['archive', 'policies', 'revisits', 'service', 'reception', 'tiers', 'orders', 'meetings'], () => import('../views/customers/CustomerDetailPage.vue')),
        props: true,
        meta: { apiRoute: 'GET /customers/{customerId}', titleKey: 'customer.detailTitle' },
      },
      {
        path: 'customers/:customerId/edit',
        name: 'customer-edit',
        component: withMessages(['archive'], () => import('../views/customers/CustomerEditPage.vue')),
        props: true,
        meta: { apiRoute: 'PATCH /customers/{customerId}', titleKey: 'customer.editTitle' },
      },
      // One's own account (issue 11): details, 修改密码, the second factor.
      {
        path: 'profile',
        name: 'profile',
        component: withMessages(['account'], () => import('../views/profile/ProfilePage.vue')),
        meta: { apiRoute: 'POST /me/mfa', titleKey: 'profile.title' },
      },
      // The confidential archive (issue 3): recycle bin, reassignment, access log, inbox.
      {
        path: 'recycle-bin',
        name: 'recycle-bin',
        component: withMessages(['archive'], () => import('../views/archive/RecycleBinPage.vue')),
        meta: { apiRoute: 'GET /recycle-bin', titleKey: 'recycleBin.title' },
      },
      {
        path: 'users',
        name: 'users',
        component: withMessages(['users'], () => import('../views/users/UserListPage.vue')),
        meta: { apiRoute: 'GET /users', titleKey: 'users.title' },
      },
      {
        path: 'users/:username',
        name: 'user',
        component: withMessages(['users'], () => import('../views/users/UserDetailPage.vue')),
        meta: { apiRoute: 'GET /users/{username}', titleKey: 'users.title' },
      },
      {
        path: 'reassign',
        name: 'reassign',
        component: withMessages(['archive'], () => import('../views/archive/ReassignPage.vue')),
        meta: { apiRoute: 'POST /customers/reassign', titleKey: 'reassign.title' },
      },
      {
        path: 'access-log',
        name: 'access-log',
        component: withMessages(['archive'], () => import('../views/archive/AccessLogPage.vue')),
        meta: { apiRoute: 'GET /access-log', titleKey: 'accessLog.title' },
      },
      {
        path: 'inbox',
        name: 'inbox',
        component: withMessages(['archive'], () => import('../views/inbox/InboxPage.vue')),
        meta: { apiRoute: 'GET /inbox', titleKey: 'inbox.title' },
      },
      {
        path: 'imports',
        name: 'imports',
        component: withMessages(['archive', 'imports'], () => import('../views/imports/ImportPage.vue')),
        meta: { apiRoute: 'POST /imports', titleKey: 'menu.imports' },
      },
      // Orders and tiers (issue 4): unmatched order events, preferential policies, tier rules.
      {
        path: 'unmatched-orders',
        name: 'unmatched-orders',
        component: withMessages(['orders'], () => import('../views/orders/UnmatchedOrdersPage.vue')),
        meta: { apiRoute: 'GET /order-events/unmatched', titleKey: 'unmatchedOrders.title' },
      },
      // Issue 17: overdue 回款 by owner and unit (R11).
      {
        path: 'receivables/overdue',
        name: 'overdue-receivables',
        component: withMessages(['orders'], () => import('../views/orders/OverdueReceivablesPage.vue')),
        meta: { apiRoute: 'GET /receivables/overdue', titleKey: 'overdue.title' },
      },
      // Issue 17: sales targets per unit and salesperson, and their progress by month (第五条〔一〕).
      {
        path: 'sales-targets',
        name: 'sales-targets',
        component: withMessages(['orders'], () => import('../views/sales-targets/SalesTargetsPage.vue')),
        meta: { apiRoute: 'GET /sales-targets', titleKey: 'salesTargets.title' },
      },
      {
        path: 'preferential-policies',
        name: 'preferential-policies',
        component: withMessages(['policies'], () => import('../views/policies/PolicyListPage.vue')),
        meta: { apiRoute: 'GET /preferential-policies', titleKey: 'policies.title' },
      },
      {
        path: 'tier-rules',
        name: 'tier-rules',
        component: withMessages(['tiers'], () => import('../views/tiers/TierRulesPage.vue')),
        meta: { apiRoute: 'GET /settings/tiers', titleKey: 'tierRules.title' },
      },
      // The organisation as records (issue 11): business units, and the archive's staleness period.
      {
        path: 'units',
        name: 'units',
        component: withMessages(['units', 'archive'], () => import('../views/units/UnitsPage.vue')),
        meta: { apiRoute: 'GET /units/{code}/history', titleKey: 'units.title' },
      },
      {
        path: 'archive-settings',
        name: 'archive-settings',
        component: withMessages(['units'], () => import('../views/units/ArchiveSettingsPage.vue')),
        meta: { apiRoute: 'GET /settings/archive/history', titleKey: 'archiveSettings.title' },
      },
      // Service requests (issue 6): lists, registration, detail with actions, figures.
      {
        path: 'service-requests',
        name: 'service-requests',
        component: withMessages(['service'], () => import('../views/service/ServiceListPage.vue')),
        meta: { apiRoute: 'GET /service-requests', titleKey: 'service.listTitle' },
      },
      {
        path: 'service-requests/new',
        name: 'service-request-new',
        component: withMessages(['service', 'orders'], () => import('../views/service/ServiceCreatePage.vue')),
        meta: { apiRoute: 'POST /service-requests', titleKey: 'service.createTitle' },
      },
      {
        path: 'service-requests/stats',
        name: 'service-stats',
        component: withMessages(['service'], () => import('../views/service/ServiceStatsPage.vue')),
        meta: { apiRoute: 'GET /service-requests/stats', titleKey: 'service.statsTitle' },
      },
      {
        path: 'service-requests/:requestId',
        name: 'service-request',
        component: withMessages(['service', 'reception', 'revisits'], () => import('../views/service/ServiceDetailPage.vue')),
        props: true,
        meta: { apiRoute: 'GET /service-requests/{requestId}', titleKey: 'service.detailTitle' },
      },
      // Customer visits and reception plans (issue 7).
      {
        path: 'visits',
        name: 'visits',
        component: withMessages(['reception'], () => import('../views/reception/VisitsPage.vue')),
        meta: { apiRoute: 'GET /visits', titleKey: 'reception.listTitle' },
      },
      {
        path: 'visits/new',
        name: 'visit-new',
        component: withMessages(['reception', 'orders'], () => import('../views/reception/VisitRegisterPage.vue')),
        meta: { apiRoute: 'POST /visits', titleKey: 'reception.createTitle' },
      },
      {
        path: 'visits/:visitId',
        name: 'visit',
        component: withMessages(['reception', 'service', 'revisits'], () => import('../views/reception/VisitDetailPage.vue')),
        props: true,
        meta: { apiRoute: 'GET /visits/{visitId}', titleKey: 'reception.detailTitle' },
      },
      // Customer meetings (issue 17, 第三条〔八〕).
      {
        path: 'meetings',
        name: 'meetings',
        component: withMessages(['meetings', 'service'], () => import('../views/meetings/MeetingsPage.vue')),
        meta: { apiRoute: 'GET /meetings', titleKey: 'meetings.listTitle' },
      },
      {
        path: 'meetings/:meetingId',
        name: 'meeting',
        component: withMessages(['meetings', 'service', 'revisits'], () => import('../views/meetings/MeetingDetailPage.vue')),
        props: true,
        meta: { apiRoute: 'GET /meetings/{meetingId}', titleKey: 'meetings.detailTitle' },
      },
      // The opinions register (issue 17, 第三条〔四〕).
      {
        path: 'opinions',
        name: 'opinions',
        component: withMessages(['meetings', 'service'], () => import('../views/opinions/OpinionsPage.vue')),
        meta: { apiRoute: 'GET /opinions', titleKey: 'opinions.title' },
      },
      {
        path: 'visit-approvals',
        name: 'visit-approvals',
        component: withMessages(['reception', 'service'], () => import('../views/reception/VisitApprovalsPage.vue')),
        meta: { apiRoute: 'GET /visit-approvals', titleKey: 'reception.approvalsTitle' },
      },
      // Revisits (issue 5): coverage, the calendar, the frequency rules, each person's reminder channels.
      {
        path: 'revisit-coverage',
        name: 'revisit-coverage',
        component: withMessages(['revisits'], () => import('../views/revisits/RevisitCoveragePage.vue')),
        meta: { apiRoute: 'GET /revisits/coverage', titleKey: 'revisits.coverageTitle' },
      },
      {
        path: 'revisit-calendar',
        name: 'revisit-calendar',
        component: withMessages(['revisits'], () => import('../views/revisits/RevisitCalendarPage.vue')),
        meta: { apiRoute: 'GET /revisits/calendar', titleKey: 'revisits.calendarTitle' },
      },
      {
        path: 'revisit-rules',
        name: 'revisit-rules',
        component: withMessages(['revisits'], () => import('../views/revisits/RevisitRulesPage.vue')),
        meta: { apiRoute: 'GET /settings/revisits', titleKey: 'revisits.rulesTitle' },
      },
      {
        path: 'notification-settings',
        name: 'notification-settings',
        component: withMessages(['revisits'], () => import('../views/revisits/NotificationSettingsPage.vue')),
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
        component: withMessages(['revisitPlans', 'archive'], () => import('../views/revisit-plans/AnnualPlanPage.vue')),
        meta: { apiRoute: 'GET /revisit-plans/annual/{unitId}/{year}', titleKey: 'revisitPlans.annualTitle' },
      },
      {
        path: 'revisit-plans/temporary',
        name: 'revisit-plans-temporary',
        component: withMessages(['revisitPlans', 'revisitReports'], () => import('../views/revisit-plans/TemporaryPlanListPage.vue')),
        meta: { apiRoute: 'GET /revisit-plans/temporary', titleKey: 'revisitPlans.temporaryTitle' },
      },
      {
        path: 'revisit-plans/temporary/:planId',
        name: 'revisit-plan-temporary',
        component: withMessages(['revisitPlans', 'revisitReports'], () => import('../views/revisit-plans/TemporaryPlanDetailPage.vue')),
        props: true,
        meta: { apiRoute: 'GET /revisit-plans/temporary/{planId}', titleKey: 'revisitPlans.detailTitle' },
      },
      {
        path: 'revisit-reports',
        name: 'revisit-reports',
        component: withMessages(['revisitReports'], () => import('../views/revisit-reports/ReportListPage.vue')),
        meta: { apiRoute: 'GET /revisit-reports', titleKey: 'revisitReports.listTitle' },
      },
      {
        path: 'revisit-reports/:unitId/:quarter',
        name: 'revisit-report',
        component: withMessages(['revisitReports'], () => import('../views/revisit-reports/ReportPage.vue')),
        props: true,
        meta: { apiRoute: 'GET /revisit-reports/{unitId}/{quarter}', titleKey: 'revisitReports.pageTitle' },
      },
      // Assessments (考核, R9, issue 17): the units' quarterly scorecards and the indicators as data.
      {
        path: 'assessments',
        name: 'assessments',
        component: withMessages(['assessments'], () => import('../views/assessments/ScorecardListPage.vue')),
        props: { kind: 'unit' },
        meta: { apiRoute: 'GET /assessments/units', titleKey: 'assessments.listTitle' },
      },
      {
        path: 'assessments/units/:unitId/:quarter',
        name: 'assessment',
        component: withMessages(['assessments'], () => import('../views/assessments/ScorecardPage.vue')),
        props: (r) => ({ kind: 'unit', subject: String(r.params.unitId), quarter: String(r.params.quarter) }),
        meta: { apiRoute: 'GET /assessments/units/{unitId}/{quarter}', titleKey: 'assessments.pageTitle' },
      },
      // The General Office's department service assessment (第六条〔八〕): the same pages on the department kind.
      {
        path: 'assessments/departments',
        name: 'department-assessments',
        component: withMessages(['assessments'], () => import('../views/assessments/ScorecardListPage.vue')),
        props: { kind: 'department' },
        meta: { apiRoute: 'GET /assessments/departments', titleKey: 'assessments.department.listTitle' },
      },
      {
        path: 'assessments/departments/:department/:quarter',
        name: 'department-assessment',
        component: withMessages(['assessments'], () => import('../views/assessments/ScorecardPage.vue')),
        props: (r) => ({ kind: 'department', subject: String(r.params.department), quarter: String(r.params.quarter) }),
        meta: { apiRoute: 'GET /assessments/departments/{department}/{quarter}', titleKey: 'assessments.department.pageTitle' },
      },
      {
        path: 'assessment-indicators',
        name: 'assessment-indicators',
        component: withMessages(['assessments'], () => import('../views/assessments/IndicatorDefinitionsPage.vue')),
        meta: { apiRoute: 'PUT /settings/assessment-indicators/{kind}', titleKey: 'assessments.indicatorsTitle' },
      },
      // The R8 reports (issue 12): tiers and their changes, archive freshness, service quality.
      {
        path: 'reports/tiers',
        name: 'report-tiers',
        component: withMessages(['home'], () => import('../views/reports/TierReportPage.vue')),
        meta: { apiRoute: 'GET /reports/tiers', titleKey: 'reports.tiersTitle' },
      },
      {
        path: 'reports/archive-freshness',
        name: 'report-freshness',
        component: withMessages(['home'], () => import('../views/reports/FreshnessReportPage.vue')),
        meta: { apiRoute: 'GET /reports/archive-freshness', titleKey: 'reports.freshnessTitle' },
      },
      {
        path: 'reports/service-quality',
        name: 'report-service-quality',
        component: withMessages(['home'], () => import('../views/reports/ServiceQualityPage.vue')),
        meta: { apiRoute: 'GET /reports/service-quality', titleKey: 'reports.serviceTitle' },
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


export const router = createRouter({
  history: createWebHistory(),
  routes,
});

router.beforeEach((to) => {
  const session = useSessionStore();
  if (to.meta.public) return true;
  if (!session.user) return { name: 'sign-in', query: { redirect: to.fullPath } };
  if (session.needsTotpSetup && to.name !== 'totp-setup') return { name: 'totp-setup', query: { redirect: to.fullPath } };
  if (to.name === 'root') return { name: 'home' };
  if (to.meta.apiRoute && !session.can(to.meta.apiRoute)) return { name: 'forbidden' };
  return true;
});

router.afterEach((to) => {
  const app = i18n.global.t('app.title');
  document.title = to.meta.titleKey ? `${i18n.global.t(to.meta.titleKey)} · ${app}` : app;
});
