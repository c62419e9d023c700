import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstLoadBudgets } from '../../web/first-load';
import { featureOwners, featuresUsed, lazyWithMessages, namesIn, sharedKeys, sourceFiles } from '../../web/page-messages';

/**
 * Issue 15: each page's strings load with the page (web/src/i18n/index.ts, `withMessages`). Read from the
 * sources (web/page-messages.ts): a page that uses a feature's keys without loading that feature would
 * show raw keys, one that loads more than it uses makes its first load heavier.
 */
const web = join(import.meta.dirname, '../../web');
const routerText = readFileSync(join(web, 'src/router/index.ts'), 'utf8');

interface Lazy {
  where: string;
  file: string;
  declared: string[];
  titleKey?: string;
}

/** Each route record of the router (split at its `path:`): its lazy component, the features it loads, its title. */
function routes(): Lazy[] {
  return routerText
    .split(/\bpath: '/)
    .slice(1)
    .flatMap((record) => {
      const file = /import\('\.\.\/([^']+)'\)/.exec(record)?.[1];
      if (!file) return [];
      const declared = /withMessages\(\s*\[([^\]]*)\]/.exec(record)?.[1];
      return [{ where: `route /${record.slice(0, record.indexOf("'"))}`, file, declared: namesIn(declared ?? ''), titleKey: /titleKey: '([^']+)'/.exec(record)?.[1] }];
    });
}

/** Lazy components outside the router that load their own strings. */
function lazyComponents(): Lazy[] {
  const found: Lazy[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.(vue|ts)$/.test(entry.name) && !path.endsWith('router/index.ts') && !path.includes('/i18n/')) {
        for (const m of readFileSync(path, 'utf8').matchAll(lazyWithMessages)) {
          found.push({ where: path, file: join(path, '..', m[2]!), declared: namesIn(m[1]!) });
        }
      }
    }
  };
  visit(join(web, 'src'));
  return found;
}

describe('each page’s strings', () => {
  let owners: Map<string, string>;
  let shared: Set<string>;
  beforeAll(async () => {
    owners = await featureOwners();
    shared = await sharedKeys();
  });

  const needs = (lazy: Lazy) => {
    const used = featuresUsed(sourceFiles(lazy.file), owners);
    const title = lazy.titleKey?.split('.')[0];
    if (title && owners.has(title)) used.set(owners.get(title)!, [...(used.get(owners.get(title)!) ?? []), `titleKey ${lazy.titleKey}`]);
    return used;
  };

  it('finds the router’s pages and the lazy components that load their own strings', () => {
    expect(routes().length).toBeGreaterThan(40);
    expect(lazyComponents().map((c) => c.file)).toContainEqual(expect.stringMatching(/GlobalSearch\.vue$/));
  });

  it('loads with every page exactly the features it uses', () => {
    const wrong: string[] = [];
    for (const lazy of [...routes(), ...lazyComponents()]) {
      const used = needs(lazy);
      const missing = [...used.keys()].filter((f) => !lazy.declared.includes(f));
      const extra = lazy.declared.filter((f) => !used.has(f));
      for (const f of missing) wrong.push(`${lazy.where} (${lazy.file}) uses ${f} without loading it: ${used.get(f)!.join(', ')}`);
      for (const f of extra) wrong.push(`${lazy.where} (${lazy.file}) loads ${f} but does not use it`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the app’s first script and the menu to the shared strings', () => {
    expect([...featuresUsed(sourceFiles('main.ts'), owners).keys()]).toEqual([]);
    const menu = readFileSync(join(web, 'src/router/menu.ts'), 'utf8');
    const keys = [...menu.matchAll(/titleKey: '([^'.]+)\./g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((k) => !shared.has(k))).toEqual([]);
  });

  it('counts the customer list’s first load with the strings it loads (web/first-load.ts)', () => {
    const all = routes();
    const layout = all.find((r) => r.file === 'components/AppLayout.vue')!;
    const list = all.find((r) => r.file === 'views/customers/CustomerListPage.vue')!;
    const loads = new Set([...layout.declared, ...list.declared]);
    const counted = firstLoadBudgets.customerList.chunks.filter((c) => typeof c === 'string' && c.startsWith('src/i18n/'));
    const name = (chunk: string) => chunk.replace(/^src\/i18n\/(.+)\.zh-CN\.ts$/, '$1').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    expect(new Set(counted.map(name))).toEqual(loads);
  });
});
