import { defineConfig } from '@playwright/test';
import { ports } from './infra/local/settings';

const webUrl = `http://localhost:${ports.web}`;

/**
 * Browser tests of the SPA against the local twin (`npm start`), in Debian's Chromium: no browser
 * downloads here. A running twin is reused outside CI; otherwise it is started fresh (--reset).
 */
export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // Generous: machines are shared with other work.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: webUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // The production build, served by `vite preview`: the tests see what is deployed.
    command: 'npm run build:web && npm start -- --reset --preview',
    url: webUrl,
    reuseExistingServer: !process.env.CI,
    timeout: 420_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // SIGTERM lets the twin stop DynamoDB Local, cognito-local and Vite, which run in their own process groups.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
