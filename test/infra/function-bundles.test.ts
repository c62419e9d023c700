import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFigures, functionBuildOptions } from '../../infra/constructs/function-bundling';
import { handlerEntry } from '../../infra/constructs/repo.paths';
import { bundleBudgetBytes, functionHandlers } from '../../infra/function-bundles';

/**
 * Issue 15: what a function's cold start loads (its bundle's entry and the chunks that imports
 * statically), minified with the AWS SDK inside, stays ≤ 600 KB. Built with CrmFunction's own esbuild
 * options, but all functions in one esbuild call instead of one each: esbuild then parses the shared
 * code once (seconds, not the minutes of 93 builds). Chunks may then be shared between functions, which
 * can only add import glue to a function's start, never remove code from it, so each figure is at or
 * a little above its function's own bundle. `npm run bench -- cold-start` builds them one by one.
 */
describe('function bundles', () => {
  let dir: string;
  const starts = new Map<string, { startBytes: number; lazyBytes: number }>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crm-bundles-'));
    const handlers = functionHandlers();
    const { metafile } = await build({
      ...functionBuildOptions('', dir),
      entryPoints: Object.fromEntries(handlers.map((h) => [`${h}/index`, handlerEntry(h)])),
      metafile: true,
    });
    for (const h of handlers) {
      const entry = Object.keys(metafile.outputs).find((file) => file.endsWith(`/${h}/index.mjs`))!;
      starts.set(h, bundleFigures(metafile, entry));
    }
  }, 300_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('covers every function the stacks make', () => {
    expect(starts.size).toBe(functionHandlers().length);
    expect(starts.size).toBeGreaterThan(80);
  });

  it('keep what a cold start loads within 600 KB', () => {
    const over = [...starts].filter(([, f]) => f.startBytes > bundleBudgetBytes).map(([h, f]) => `${h}: ${Math.round(f.startBytes / 1024)} KB`);
    expect(over).toEqual([]);
  });

  it('leave ExcelJS to the moment a file is built or read', () => {
    // The export builds a file, so ExcelJS is in its bundle, but behind a dynamic import.
    const exportCustomers = starts.get('customers/export-customers')!;
    expect(exportCustomers.lazyBytes).toBeGreaterThan(500 * 1024);
  });
});
