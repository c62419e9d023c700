import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { i18n } from '../i18n';
import { useSessionStore } from '../stores/session.store';
import { menuEntries } from './menu';

const routes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('../views/sign-in/SignInPage.vue'),
    meta: { public: true, titleKey: 'signIn.title' },
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

router.afterEach((to) => {
  const app = i18n.global.t('app.title');
  document.title = to.meta.titleKey ? `${i18n.global.t(to.meta.titleKey)} · ${app}` : app;
});
