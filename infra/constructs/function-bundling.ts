import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

/**
 * How every function bundle is built, in one place: CrmFunction hands these to NodejsFunction, and the
 * bundle-size test and the cold-start benchmark hand the same values to esbuild directly
 * (`esbuildOptions`), so what they measure is what CDK deploys.
 */
export const functionBundling = {
  format: 'esm',
  platform: 'node',
  target: 'node24',
  mainFields: ['module', 'main'],
  // Bundled CJS dependencies call require(); ESM output has none unless we make one.
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  // Bundle the SDK: the version we test against, not whatever the runtime ships.
  external: [] as string[],
  minify: true,
  // The map is written beside the bundle and uploaded with it, but not loaded at start: Node's
  // --enable-source-maps parses it on every cold start (docs/performance.md). A stack trace's
  // minified positions are mapped back with the asset's index.mjs.map (docs/operations.md).
  sourcemap: true,
  sourcesContent: false,
} as const;

/** The same options in NodejsFunction's terms. */
export function cdkBundling(): BundlingOptions {
  return {
    format: OutputFormat.ESM,
    target: functionBundling.target,
    mainFields: [...functionBundling.mainFields],
    banner: functionBundling.banner,
    externalModules: [...functionBundling.external],
    minify: functionBundling.minify,
    sourceMap: functionBundling.sourcemap,
    sourcesContent: functionBundling.sourcesContent,
  };
}

/** The same options as esbuild's own (NodejsFunction also passes --bundle and --platform=node). */
export function esbuildOptions(entry: string, outfile: string) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: functionBundling.platform,
    format: functionBundling.format,
    target: functionBundling.target,
    mainFields: [...functionBundling.mainFields],
    banner: { js: functionBundling.banner },
    external: [...functionBundling.external],
    minify: functionBundling.minify,
    sourcemap: functionBundling.sourcemap,
    sourcesContent: functionBundling.sourcesContent,
    logLevel: 'warning',
  } as const;
}
