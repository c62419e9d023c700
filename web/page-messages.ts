import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Which feature's strings a page needs (issue 15: each page's own messages load with it). Read from the
 * sources, not run: every string literal that starts with a feature's top-level key (`'revisits.title'`,
 * `` `tierSource.${x}` ``, `keypath="policies.x"`) in the page's file and everything it imports,
 * statically or lazily, under web/src. test/web/page-messages.test.ts checks each route's `meta.messages`
 * (web/src/router/index.ts) against it.
 */

const srcDir = join(import.meta.dirname, 'src');
const i18nDir = join(srcDir, 'i18n');

/** Message files and the loader are not code that uses keys: following them would reach every feature. */
const notFollowed = (file: string) => file === join(i18nDir, 'index.ts') || /\.(zh-CN|en)\.ts$/.test(file) || /i18n\/(zh-CN|en)\.ts$/.test(file) || file === join(srcDir, 'router/index.ts');

/** `revisit-plans.zh-CN.ts` → `revisitPlans`, the name web/src/i18n/index.ts loads it by. */
export function featureName(file: string): string {
  return file.replace(/\.zh-CN\.ts$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

/** Each top-level message key of a feature file → that feature (the shared zh-CN.ts is not a feature). */
export async function featureOwners(): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  for (const file of readdirSync(i18nDir).filter((f) => f.endsWith('.zh-CN.ts'))) {
    const module = (await import(join(i18nDir, file))) as Record<string, Record<string, unknown>>;
    for (const messages of Object.values(module)) for (const key of Object.keys(messages)) owners.set(key, featureName(file));
  }
  return owners;
}

/** Top-level keys of the strings every page has (web/src/i18n/zh-CN.ts). */
export async function sharedKeys(): Promise<Set<string>> {
  const { zhCN } = (await import(join(i18nDir, 'zh-CN.ts'))) as { zhCN: Record<string, unknown> };
  return new Set(Object.keys(zhCN));
}

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, join(base, 'index.ts')].find((file) => /\.(vue|ts)$/.test(file) && existsSync(file));
}

/** `withMessages(['a', 'b'], () => import('./X.vue'))`: the features, then the file. */
export const lazyWithMessages = /withMessages\(\s*\[([^\]]*)\],[^]*?import\('([^']+)'\)/g;

/** The names in `['a', 'b']`'s inside. */
export function namesIn(list: string): string[] {
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

/** The file and every web/src file it imports, statically or with `import()`, transitively. */
export function sourceFiles(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || notFollowed(file)) return;
    seen.add(file);
    // A lazy component wrapped in `withMessages` loads its own strings: it is checked on its own.
    const text = readFileSync(file, 'utf8').replace(lazyWithMessages, '');
    for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'([^']+)'/g)) {
      const target = resolveImport(file, match[1]!);
      if (target) visit(target);
    }
  };
  visit(resolve(srcDir, entry));
  return [...seen];
}

/** Features whose keys appear in these files' string literals. */
export function featuresUsed(files: readonly string[], owners: ReadonlyMap<string, string>): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/['"`]([a-zA-Z]+)\.[a-zA-Z$]/g)) {
      const feature = owners.get(match[1]!);
      if (!feature) continue;
      const where = used.get(feature) ?? [];
      const at = `${relative(srcDir, file)}: ${match[1]}`;
      if (!where.includes(at)) where.push(at);
      used.set(feature, where);
    }
  }
  return used;
}
