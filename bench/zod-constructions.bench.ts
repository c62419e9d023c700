/**
 * zod schemas built at a function's start (issue 15): a figure the machine's load does not move, beside the
 * cold-start bench's timings. Every function is bundled as CDK bundles it (in one esbuild call, unminified),
 * with zod's constructor counting its calls (every schema and every check is one: `z.string().min(2)` is
 * two) and each of our modules counting the calls its own top-level code makes; then each bundle is imported
 * in a fresh Node process. Prints each function's count and the schema modules that build the most in all.
 * `npm run bench -- zod-constructions [function…]`
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { functionBuildOptions } from '../infra/constructs/function-bundling';
import { handlerEntry } from '../infra/constructs/repo.paths';
import { functionHandlers } from '../infra/function-bundles';

const run = promisify(execFile);
const only = process.argv.slice(3);
const handlers = only.length ? only : functionHandlers();
const root = fileURLToPath(new URL('..', import.meta.url));

const zodConstructor = 'function _(def) {';
const counting: Plugin = {
  name: 'count-zod-constructions',
  setup(b) {
    b.onLoad({ filter: /zod[\\/]v4[\\/]core[\\/]core\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(zodConstructor)) throw new Error(`zod's constructor changed shape: ${args.path}`);
      return { contents: source.replace(zodConstructor, `${zodConstructor} globalThis.__zodBuilt = (globalThis.__zodBuilt ?? 0) + 1;`), loader: 'js' };
    });
    // Imports are hoisted above a module's own code, so the difference is what its own top level builds.
    b.onLoad({ filter: /[\\/](shared|functions)[\\/].*\.ts$/ }, (args) => {
      const name = JSON.stringify(relative(root, args.path));
      return {
        contents: `const __zodBefore = globalThis.__zodBuilt ?? 0;\n${readFileSync(args.path, 'utf8')}\n;(globalThis.__zodByModule ??= {})[${name}] = (globalThis.__zodBuilt ?? 0) - __zodBefore;\n`,
        loader: 'ts',
      };
    });
  },
};

const dir = await mkdtemp(join(tmpdir(), 'crm-zod-count-'));
await build({
  ...functionBuildOptions('', dir),
  minify: false,
  sourcemap: false,
  plugins: [counting],
  entryPoints: Object.fromEntries(handlers.map((h) => [`${h}/index`, handlerEntry(h)])),
});

const script = `await import('./index.mjs'); console.log(JSON.stringify({ total: globalThis.__zodBuilt ?? 0, byModule: globalThis.__zodByModule ?? {} }));`;
const rows: { handler: string; total: number; byModule: Record<string, number> }[] = [];
for (const handler of handlers) {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: join(dir, handler),
    env: { PATH: process.env.PATH, AWS_REGION: 'cn-north-1', TABLE_NAME: 'crm', POWERTOOLS_LOG_LEVEL: 'SILENT', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  rows.push({ handler, ...JSON.parse(stdout.trim().split('\n').at(-1)!) });
}
await rm(dir, { recursive: true, force: true });

rows.sort((a, b) => b.total - a.total);
for (const r of rows) console.log(`${r.handler.padEnd(52)}${String(r.total).padStart(6)}`);
const modules = new Map<string, { each: number; functions: number }>();
for (const r of rows) {
  for (const [module, n] of Object.entries(r.byModule)) {
    if (n > 0) modules.set(module, { each: n, functions: (modules.get(module)?.functions ?? 0) + 1 });
  }
}
console.log('\nmodules building the most over all functions (constructions × functions):');
for (const [module, m] of [...modules].sort((a, b) => b[1].each * b[1].functions - a[1].each * a[1].functions).slice(0, 15)) {
  console.log(`${String(m.each).padStart(6)} × ${String(m.functions).padStart(3)}  ${module}`);
}
const sorted = rows.map((r) => r.total).sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
console.log(`\nfunctions: ${rows.length}; zod constructions at start: median ${median}, largest ${sorted.at(-1)} (${rows[0]?.handler})`);
