import { join } from 'node:path';
import { build } from 'esbuild';
import { onDemandJobs } from '../shared/on-demand-jobs';
import { queues } from '../shared/queues';
import { routes } from '../shared/routes';
import { schedules } from '../shared/schedules';
import { bundleFigures, functionBuildOptions } from './constructs/function-bundling';
import { handlerEntry } from './constructs/repo.paths';

/** The budget of what one function's cold start loads, minified with the AWS SDK inside (issue 15). */
export const bundleBudgetBytes = 600 * 1024;

/** Every handler module CDK makes a function of: the route, schedule, on-demand job and step-queue tables. */
export function functionHandlers(): string[] {
  const tables: Record<string, { handler: string }>[] = [routes, schedules, onDemandJobs, queues];
  return [...new Set(tables.flatMap((table) => Object.values(table).map((d) => d.handler)))].sort();
}

export interface FunctionBundle {
  /** Module under functions/, e.g. 'customers/get-customer'. */
  handler: string;
  /** The bundle's entry, `<outDir>/<handler>/index.mjs`, its chunks and maps beside it. */
  file: string;
  /** Entry plus the chunks it imports statically: what a cold start reads. */
  startBytes: number;
  /** Chunks read only when a dynamic import() runs (ExcelJS, the SDK's unused credential providers). */
  lazyBytes: number;
}

/** Builds one entry module exactly as a CrmFunction asset is built. */
export async function buildBundle(name: string, entry: string, outDir: string): Promise<FunctionBundle> {
  const dir = join(outDir, name);
  const { metafile } = await build({ ...functionBuildOptions(entry, dir), metafile: true });
  return { handler: name, file: join(dir, 'index.mjs'), ...bundleFigures(metafile) };
}

/**
 * Every function's bundle, each its own esbuild build as CDK makes them (chunks are not shared between
 * functions), run side by side: esbuild's service builds them in parallel.
 */
export function buildFunctionBundles(outDir: string, handlers = functionHandlers()): Promise<FunctionBundle[]> {
  return Promise.all(handlers.map((h) => buildBundle(h, handlerEntry(h), outDir)));
}
