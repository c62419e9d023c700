import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import './app.css';
import './phone.css';
import './theme.css';
import { ElMessage } from 'element-plus';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { configureApiClient } from './api/api-client';
import type { ApiError } from './api/api-error';
import { loadRuntimeConfig } from './api/runtime-config';
import App from './App.vue';
import { configureAuthLater } from './auth/load-auth';
import { currentLang, i18n, restoreLang } from './i18n';
import { router } from './router';
import { useSessionStore } from './stores/session.store';

async function start(): Promise<void> {
  const config = await loadRuntimeConfig().catch((err: unknown) => {
    console.error(err);
    const el = document.getElementById('app');
    if (el) el.textContent = i18n.global.t('errors.configFailed');
    return null;
  });
  if (!config) return;
  configureAuthLater(config);

  const app = createApp(App);
  const pinia = createPinia();
  app.use(pinia).use(i18n);
  const session = useSessionStore(pinia);

  // An expired or revoked session (401): forget the user and ask them to sign in again. A disabled account
  // is told so, on the sign-in page too (issue 11), rather than invited to sign in again.
  const expire = (error?: ApiError): void => {
    if (!session.user) return;
    const disabled = error?.code === 'account_disabled';
    void session.signOut();
    ElMessage.warning(i18n.global.t(disabled ? 'session.disabled' : 'session.expired'));
    const current = router.currentRoute.value;
    if (!current.meta.public) void router.push({ name: 'sign-in', query: disabled ? { reason: 'disabled' } : { redirect: current.fullPath } });
  };
  configureApiClient({
    baseUrl: config.apiUrl,
    getIdToken: async () => {
      const token = await session.idToken();
      if (!token) expire();
      return token;
    },
    getLang: () => currentLang.value,
    onUnauthorized: expire,
  });

  await Promise.all([session.restore(), restoreLang()]);
  app.use(router);
  await router.isReady();
  app.mount('#app');
}

void start();
