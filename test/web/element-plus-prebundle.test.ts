import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elementPlusComponents } from '../../web/element-plus-components';

const src = join(import.meta.dirname, '../../web/src');
const vueFiles = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.vue'));
const tagsUsed = new Set(vueFiles.flatMap((f) => [...readFileSync(join(src, f), 'utf8').matchAll(/<el-([a-z-]+)/g)].map((m) => m[1]!)));

describe('Element Plus styles Vite pre-bundles (web/element-plus-components.ts)', () => {
  it('lists every component a template uses, so a first visit never re-optimizes and reloads the page', () => {
    expect([...tagsUsed].filter((tag) => !elementPlusComponents.includes(tag)).sort()).toEqual([]);
  });

  it('names only components that have a style entry to pre-bundle', () => {
    const root = join(import.meta.dirname, '../../node_modules/element-plus/es/components');
    expect(elementPlusComponents.filter((c) => !existsSync(join(root, c, 'style/css.mjs')))).toEqual([]);
  });
});
