import { DockerImage, type BundlingOptions } from 'aws-cdk-lib';
import { buildSync, type BuildOptions, type Metafile } from 'esbuild';

/**
 * How every function is bundled, in one place: CrmFunction's asset (`FunctionBundling`), the bundle-size
 * test (test/infra/function-bundles.test.ts) and the cold-start benchmark (bench/cold-start.bench.ts)
 * all build with `functionBuildOptions`, so what they measure is what CDK deploys.
 *
 * Code splitting is on, which NodejsFunction cannot do (it passes esbuild an --outfile): every dynamic
 * `import()` becomes a chunk of its own that is read only when that code runs. The SDK's SSO/STS/INI
 * credential providers (never used in Lambda, ~120 KB) and ExcelJS (~1 MB, needed only where a file is
 * built or read) stay out of what a cold start loads (docs/performance.md).
 */
export function functionBuildOptions(entry: string, outdir: string): BuildOptions {
  return {
    entryPoints: { index: entry },
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    mainFields: ['module', 'main'],
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    // Bundled CJS dependencies call require(); ESM output has none unless we make one.
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    // Bundle the SDK: the version we test against, not whatever the runtime ships.
    external: [],
    minify: true,
    // Chinese text (the zh-CN messages) as UTF-8, 3 bytes a character, not a 6-byte `\uXXXX` escape
    // each: ~17 KB less in every function (issue 13 needed 4.7 KB for the name-order table; 598.9 → 581.6 KB
    // at most). esbuild still escapes lone surrogates and U+2028.
    charset: 'utf8',
    // Maps are written beside each file and uploaded with the function, but not loaded at start:
    // --enable-source-maps parses them on every cold start (docs/operations.md, reading a stack trace).
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  };
}

/** The Lambda handler setting for a bundle built with these options. */
export const bundleHandler = 'index.handler';

/**
 * CDK asset bundling with esbuild in-process (no Docker: esbuild is a dependency of this repository).
 * The entry is a property so that each function's asset has its own cache key (CDK keys bundling by
 * the JSON of this object).
 */
export class FunctionBundling implements BundlingOptions {
  // Required by the interface; never pulled, because local bundling always succeeds or throws.
  readonly image = DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x');
  readonly local;

  constructor(readonly entry: string) {
    this.local = {
      tryBundle: (outputDir: string) => {
        buildSync(functionBuildOptions(entry, outputDir));
        return true;
      },
    };
  }
}

/** What a cold start reads (the entry and the chunks it imports statically) and what it leaves for later. */
export function bundleFigures(
  metafile: Metafile,
  entry = Object.keys(metafile.outputs).find((file) => /(^|\/)index\.mjs$/.test(file)),
): { startBytes: number; lazyBytes: number; startFiles: string[] } {
  const outputs = metafile.outputs;
  if (!entry || !outputs[entry]) throw new Error('bundle has no index.mjs');
  const start = new Set<string>();
  const visit = (file: string) => {
    if (start.has(file)) return;
    start.add(file);
    for (const i of outputs[file]!.imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(entry);
  // Lazy: every chunk reachable from the start by dynamic import() (and what those import).
  const lazy = new Set<string>();
  const reach = (file: string) => {
    for (const i of outputs[file]!.imports) {
      if (!outputs[i.path] || start.has(i.path) || lazy.has(i.path)) continue;
      lazy.add(i.path);
      reach(i.path);
    }
  };
  for (const file of start) reach(file);
  const bytes = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + outputs[file]!.bytes, 0);
  return { startBytes: bytes(start), lazyBytes: bytes(lazy), startFiles: [...start] };
}
