import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One chunk of Vite's build manifest (`build.manifest`), as far as the first load needs it. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  /** Keys of chunks this one imports statically: fetched before it runs. */
  imports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** What the browser must fetch before a page is drawn, per issue 15's budgets. */
export const firstLoadBudgets = {
  /**
   * The sign-in page: the entry, the sign-in view and its strings (web/src/i18n/index.ts, `signInFeatures`). Amplify's auth (src/auth/cognito-auth.ts) loads
   * beside the view, not before it is drawn (web/src/auth/load-auth.ts): the test keeps it out of both
   * figures, so the sign-in view must reach Amplify through the session store, never import it.
   */
  signIn: { budgetKB: 150, chunks: ['src/views/sign-in/SignInPage.vue', 'src/i18n/account.zh-CN.ts'] },
  /**
   * The customer list: the entry, the app layout and the list view, and the Chinese strings they load
   * (`withMessages` in web/src/router/index.ts; test/web/page-messages.test.ts checks this list against it).
   */
  customerList: {
    budgetKB: 250,
    chunks: ['src/components/AppLayout.vue', 'src/views/customers/CustomerListPage.vue', 'src/i18n/archive.zh-CN.ts'],
  },
} as const;

/**
 * The JavaScript files fetched before a page is drawn: the HTML entry and the given chunks (by their
 * source path in the manifest), each with every chunk it imports statically (transitively). Other
 * dynamic imports are left out: they load when their code runs (other pages, the other language).
 */
export function firstLoadFiles(manifest: Manifest, chunks: readonly (string | RegExp)[]): string[] {
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error('the manifest has no entry');
  const keys = new Set<string>();
  const visit = (key: string) => {
    if (keys.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`not in the manifest: ${key}`);
    keys.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const wanted = chunks.flatMap((c) => (typeof c === 'string' ? [c] : Object.keys(manifest).filter((key) => c.test(key))));
  for (const key of [entry, ...wanted]) visit(key);
  return [...keys].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
}

/** Gzip size (level 9, as a CDN compresses) of each file summed, in bytes. */
export function gzipBytes(distDir: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length, 0);
}
