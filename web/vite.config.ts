import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig, type Plugin } from 'vite';
import { elementPlusComponents } from './element-plus-components';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const endpointsFile = `${repoRoot}.local/endpoints.json`;
/** Same port as infra/local/settings.ts (CRM_PORT_OFFSET lets checkouts run side by side). */
const webPort = 5173 + (Number(process.env.CRM_PORT_OFFSET ?? 0) || 0);

/** Fields of .local/endpoints.json the browser may see; the webhook secret and demo passwords stay on the machine. */
interface LocalEndpoints {
  apiUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  userPoolEndpoint?: string;
}

/**
 * Serves /config.json in dev and preview from the local twin's .local/endpoints.json, read on each
 * request because the twin writes it after (or while) Vite starts. In the cloud the web stack
 * writes the same file next to index.html.
 */
function localRuntimeConfig(): Plugin {
  const serve = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (req.url?.split('?')[0] !== '/config.json') return next();
    readFile(endpointsFile, 'utf8')
      .then((text) => {
        const e = JSON.parse(text) as LocalEndpoints;
        const config = {
          region: e.region,
          userPoolId: e.userPoolId,
          userPoolClientId: e.userPoolClientId,
          userPoolEndpoint: e.userPoolEndpoint,
          apiUrl: e.apiUrl,
          // cognito-local has no SRP.
          authFlowType: 'USER_PASSWORD_AUTH',
        };
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(JSON.stringify(config));
      })
      .catch((err: unknown) => {
        res.statusCode = 503;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify({ error: `local twin not ready: ${(err as Error).message}` }));
      });
  };
  return {
    name: 'crm-local-runtime-config',
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  };
}

/**
 * vue-i18n looks for Vue's `currentInstance` with `key in Vue` / `Vue[key]` before calling
 * getCurrentInstance(); Vue 3.5 exports no `currentInstance`, so that branch never runs, but reading
 * Vue's namespace by a computed key keeps every export of Vue in the bundle (custom elements,
 * hydration, SSR helpers: ~9 KB gzip before the first page, issue 15). Rewritten to the call it
 * makes; the build fails if vue-i18n changes so that the rewrite no longer applies.
 */
function vueI18nGetCurrentInstance(): Plugin {
  const lookup = /const key = 'currentInstance';\s*if \(key in Vue\) \{\s*return Vue\[key\];\s*\}\s*else \{\s*return Vue\.getCurrentInstance\(\);\s*\}/;
  return {
    name: 'crm-vue-i18n-get-current-instance',
    transform(code, id) {
      if (!/[\\/]vue-i18n[\\/]dist[\\/]/.test(id) || !code.includes('key in Vue')) return null;
      if (!lookup.test(code)) throw new Error(`${id}: vue-i18n's currentInstance lookup changed; update vueI18nGetCurrentInstance`);
      return { code: code.replace(lookup, 'return Vue.getCurrentInstance();'), map: null };
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [
    vue(),
    Components({
      dirs: [],
      dts: `${webRoot}components.d.ts`,
      resolvers: [ElementPlusResolver({ importStyle: 'css' })],
    }),
    localRuntimeConfig(),
    vueI18nGetCurrentInstance(),
  ],
  resolve: {
    // vue-i18n without its message compiler (web/src/i18n/compile-message.ts compiles our messages).
    alias: [{ find: /^vue-i18n$/, replacement: 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js' }],
  },
  define: {
    // No <i18n-t> or v-t in the app: leave vue-i18n's components and directive out.
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    port: webPort,
    strictPort: true,
    fs: { allow: [repoRoot] },
  },
  preview: { port: webPort, strictPort: true },
  optimizeDeps: {
    include: [
      'element-plus/es',
      'element-plus/es/locale/lang/zh-cn',
      'element-plus/es/locale/lang/en',
      ...elementPlusComponents.map((c) => `element-plus/es/components/${c}/style/css`),
      // The customer's monthly chart (issue 4) imports ECharts piecemeal; pre-bundled for the same reason.
      'echarts/core',
      'echarts/charts',
      'echarts/components',
      'echarts/renderers',
    ],
  },
  build: {
    outDir: `${webRoot}dist`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
  },
});
