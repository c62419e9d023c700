import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Resolved from this file, so synth works from any working directory (cdk, vitest, tsx). */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A route or job handler module: functions/<handler>.ts exporting `handler`. */
export function handlerEntry(handler: string): string {
  return join(repoRoot, 'functions', `${handler}.ts`);
}

/** The SPA build; absent until `npm run build:web` has run. */
export const webDist = join(repoRoot, 'web', 'dist');

export function webDistExists(): boolean {
  return existsSync(join(webDist, 'index.html'));
}

/** 'GET /customers/{customerId}' → 'GETCustomersCustomerId': readable, stable construct ids. */
export function pascalId(key: string): string {
  return key
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}
