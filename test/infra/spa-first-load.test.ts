import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLoadBudgets, firstLoadFiles, gzipBytes, type Manifest } from '../../web/first-load';

/**
 * Issue 15: the JavaScript a browser fetches before the sign-in page (≤ 150 KB gzip) and the customer
 * list (≤ 250 KB) are drawn, counted from the build manifest of a production build (web/first-load.ts).
 * The test runs `vite build` itself, once (a child process), into a temporary folder (about a minute), so `npm test`
 * guards the figures without `npm run build` having run; web/dist is left alone.
 */
describe('the SPA’s first load', () => {
  let dist: string;
  let manifest: Manifest;

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'crm-web-'));
    // Its own process with NODE_ENV=production: inside vitest (NODE_ENV=test) Vue would be built for development.
    const repo = join(import.meta.dirname, '../..');
    const vite = join(repo, 'node_modules/vite/bin/vite.js');
    await promisify(execFile)(
      process.execPath,
      [vite, 'build', '--config', 'web/vite.config.ts', '--outDir', dist, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
      { cwd: repo, env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 },
    );
    manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  }, 600_000);

  afterAll(() => rm(dist, { recursive: true, force: true }));

  for (const [page, { budgetKB, chunks }] of Object.entries(firstLoadBudgets)) {
    it(`keeps ${page} within ${budgetKB} KB gzip`, () => {
      const files = firstLoadFiles(manifest, chunks);
      const kb = gzipBytes(dist, files) / 1024;
      expect(kb, files.join(', ')).toBeLessThanOrEqual(budgetKB);
    });
  }

  it('leaves Amplify and the English strings out of the first script', () => {
    const entry = Object.values(manifest).find((c) => c.isEntry)!;
    const first = firstLoadFiles(manifest, []);
    expect(first).toContain(entry.file);
    for (const lazy of ['src/auth/cognito-auth.ts', 'src/i18n/en.ts', 'src/i18n/archive.en.ts']) {
      expect(manifest[lazy], lazy).toBeDefined();
      expect(first, lazy).not.toContain(manifest[lazy]!.file);
    }
  });
});
