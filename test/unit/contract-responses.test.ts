import { describe, expect, it } from 'vitest';
import { contracts } from '../../shared/contracts';
import type { RouteContract } from '../../shared/contracts/route-contract';
import { routeEntries, type AppRouteKey } from '../../shared/routes';

/**
 * The routes that answer a file in the response itself (an .xlsx template small enough to send inline), not
 * JSON: they name no response schema. Exports and reports answer JSON (a download link) and are not here.
 */
const fileRoutes: readonly AppRouteKey[] = ['GET /customers/import-template', 'GET /order-events/import-template'];

const table = contracts as Record<string, RouteContract | undefined>;

describe('every route that answers JSON names its answer’s schema', () => {
  it('gives each JSON route of the route table a contract with a response schema', () => {
    const missing = routeEntries()
      .map(([key]) => key)
      .filter((key) => !fileRoutes.includes(key) && table[key]?.status !== 204 && !table[key]?.response);
    expect(missing, 'add `response` to these routes’ contracts (shared/contracts/<family>.contract.ts)').toEqual([]);
  });

  it('names no response for a file or an empty (204) answer, and lists only real routes as files', () => {
    const keys = routeEntries().map(([key]) => key);
    for (const key of fileRoutes) {
      expect(keys, key).toContain(key);
      expect(table[key]?.response, key).toBeUndefined();
    }
    const empty = keys.filter((key) => table[key]?.status === 204);
    expect(empty.length).toBeGreaterThan(0);
    for (const key of empty) expect(table[key]?.response, key).toBeUndefined();
  });
});
