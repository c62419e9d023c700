/**
 * Cold starts (issue 15): every function bundle built as CDK builds it (infra/constructs/function-bundling.ts,
 * one esbuild build per function), then each imported in a fresh Node process from a directory with no
 * node_modules above it, against a baseline bundle (only the DynamoDB document client and middy, same
 * options) imported the same way in the same run. Prints each bundle's start and lazy size and its import
 * time as a ratio of the baseline's. Targets: every start ≤ 600 KB, median ratio ≤ 1.5, none over 2.5.
 * Each import is timed twice: wall time, and the CPU time the process spent on it (user + system, all
 * threads). On a machine shared with other work the wall time is mostly waiting for a core; the CPU time
 * is what the import costs, and moves far less with the machine's load (docs/performance.md).
 * `npm run bench -- cold-start [rounds=5] [function…]` (e.g. `visits/follow-up-revisit`: only those).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { bundleBudgetBytes, buildBundle, buildFunctionBundles, functionHandlers, type FunctionBundle } from '../infra/function-bundles';

const rounds = Number(process.argv[3] ?? 5);
const only = process.argv.slice(4);
const run = promisify(execFile);

const dir = await mkdtemp(join(tmpdir(), 'crm-cold-start-'));
for (let d = dir; d !== dirname(d); d = dirname(d)) {
  if (existsSync(join(d, 'node_modules'))) throw new Error(`${d}/node_modules would let a bundle load what it should carry`);
}

const built = Date.now();
const baseline = await buildBundle('baseline', fileURLToPath(new URL('./cold-start-baseline.ts', import.meta.url)), dir);
const bundles = await buildFunctionBundles(join(dir, 'functions'), only.length ? only : functionHandlers());
console.log(`Built ${bundles.length} function bundles and the baseline in ${((Date.now() - built) / 1000).toFixed(0)} s (${dir}).`);

interface ImportTime {
  /** Wall-clock milliseconds. */
  wall: number;
  /** Milliseconds of CPU the process spent meanwhile (user + system, every thread: compilation and GC run beside the main one). */
  cpu: number;
}

/** The time to import the bundle in a new Node process: module loading and top-level code, not Node's own start. */
async function importTime(bundle: FunctionBundle): Promise<ImportTime> {
  const script = `const c = process.cpuUsage(), t = performance.now(); await import(${JSON.stringify(pathToFileURL(bundle.file).href)}); const w = performance.now() - t, u = process.cpuUsage(c); console.log(JSON.stringify({ wall: w, cpu: (u.user + u.system) / 1000 }));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dirname(bundle.file),
    // What Lambda's environment gives a function, without credentials: nothing is called at import.
    env: {
      PATH: process.env.PATH,
      AWS_REGION: 'cn-north-1',
      TABLE_NAME: 'crm',
      ATTACHMENTS_BUCKET: 'crm-attachments',
      POWERTOOLS_SERVICE_NAME: 'crm',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ImportTime;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// Rounds interleave the baseline with the bundles (a baseline import before every ten), so a busier
// moment of the machine weighs on both sides.
const times = new Map<string, ImportTime[]>(bundles.map((b) => [b.handler, []]));
const baseTimes: ImportTime[] = [];
await importTime(baseline); // warm the file cache once
for (let r = 0; r < rounds; r++) {
  for (const [i, bundle] of bundles.entries()) {
    if (i % 10 === 0) baseTimes.push(await importTime(baseline));
    times.get(bundle.handler)!.push(await importTime(bundle));
  }
  process.stdout.write(`round ${r + 1}/${rounds}\r`);
}

const base = { wall: median(baseTimes.map((t) => t.wall)), cpu: median(baseTimes.map((t) => t.cpu)) };
const kb = (b: number) => (b / 1024).toFixed(0).padStart(6);
const rows = bundles
  .map((b) => ({ ...b, wall: median(times.get(b.handler)!.map((t) => t.wall)), cpu: median(times.get(b.handler)!.map((t) => t.cpu)) }))
  .map((b) => ({ ...b, ratio: b.wall / base.wall, cpuRatio: b.cpu / base.cpu }))
  .sort((a, b) => b.cpuRatio - a.cpuRatio);
const ms = (x: number) => x.toFixed(1).padStart(8);
console.log(`\n${'function'.padEnd(52)} start KB  lazy KB   wall ms  ratio    CPU ms  ratio`);
console.log(`${'baseline (document client + middy)'.padEnd(52)}${kb(baseline.startBytes)}   ${kb(baseline.lazyBytes)}  ${ms(base.wall)}   1.00  ${ms(base.cpu)}   1.00`);
for (const r of rows) {
  console.log(`${r.handler.padEnd(52)}${kb(r.startBytes)}   ${kb(r.lazyBytes)}  ${ms(r.wall)}   ${r.ratio.toFixed(2)}  ${ms(r.cpu)}   ${r.cpuRatio.toFixed(2)}`);
}
const summary = (ratios: number[]) => `median ${median(ratios).toFixed(2)} (target ≤ 1.5), largest ${Math.max(...ratios).toFixed(2)} (target ≤ 2.5)`;
const over = rows.filter((r) => r.startBytes > bundleBudgetBytes);
console.log(`
bundles: ${rows.length}; start size median ${kb(median(rows.map((r) => r.startBytes))).trim()} KB, largest ${kb(Math.max(...rows.map((r) => r.startBytes))).trim()} KB; over 600 KB: ${over.length}
import time ratio, wall: ${summary(rows.map((r) => r.ratio))}; baseline ${base.wall.toFixed(1)} ms (median of ${baseTimes.length})
import time ratio, CPU:  ${summary(rows.map((r) => r.cpuRatio))}; baseline ${base.cpu.toFixed(1)} ms`);

await rm(dir, { recursive: true, force: true });
