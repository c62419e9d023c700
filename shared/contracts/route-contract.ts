import type * as z from 'zod';
import type { AppRouteKey } from '../routes';

/**
 * What one route accepts and answers, beside its roles in the route table (shared/routes.ts).
 *
 * A new route declares its contract in three steps:
 * 1. its entry in shared/routes.ts (handler, roles, access), as before;
 * 2. an entry under the same key in its family's table, `shared/contracts/<family>.contract.ts`
 *    (`defineContracts({ 'GET /things/{thingId}': { query, body, response, status } })`; a new family's
 *    table is also spread into `contracts` in ./index.ts);
 * 3. the handler passes the family's table: `http('GET /things/{thingId}', run, thingsContracts)`, and
 *    `run` then receives `params.thingId: string`, the parsed query and body, and must return the
 *    response's type. `npm run openapi` rewrites docs/openapi.json (a test fails until it is current), and
 *    test/integration/route-fuzz.test.ts walks the route with hostile input generated from the schemas.
 * The table lives apart from shared/routes.ts on purpose: the route table is imported by the SPA's first
 * load and by every function, and naming zod schemas there would carry every schema into both.
 *
 * Every part is optional, so a route added without a contract still compiles and runs: its path
 * parameters are still checked against the path rule (shared/path-params.ts) and typed by name from
 * the route key; it simply has no query, body or response schema yet.
 */
export interface RouteContract {
  /** Path parameters, beyond the rule every one meets (shared/path-params.ts): a pattern, a number… */
  readonly params?: z.ZodType<Record<string, unknown>, Record<string, string>>;
  readonly query?: z.ZodType;
  /** The JSON body; parsed only when named (a route without one ignores what is sent). */
  readonly body?: z.ZodType;
  /** The JSON of a successful answer (2xx). Files and empty answers name none. */
  readonly response?: z.ZodType;
  /** The answer's status when it is not 200 (201 created, 202 accepted, 204 no content). */
  readonly status?: number;
  /** Field names the system maintains, named as read-only when a caller sends them. */
  readonly readOnly?: readonly string[];
  /** Largest body accepted, in bytes (default 256 KB). */
  readonly maxBodyBytes?: number;
  /** One line for the OpenAPI document. */
  readonly summary?: string;
}

/** A family's contracts, keyed by route key; a key not in the route table does not compile. */
export type ContractTable = { readonly [K in AppRouteKey]?: RouteContract };

/** `defineContracts({...})` keeps each entry's exact schema types while checking the keys. */
export const defineContracts = <const T extends ContractTable>(table: T): T => table;

/** `'GET /a/{x}/b/{y}'` → `'x' | 'y'`. */
export type PathParamNames<S extends string> = S extends `${string}{${infer N}}${infer Rest}` ? N | PathParamNames<Rest> : never;

/** The path parameters a route key names, each a string that met the path rule. */
export type PathParams<K extends string> = { [N in PathParamNames<K>]: string };

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export type ParamsOf<K extends string, C> = C extends { params: infer S extends z.ZodType } ? z.output<S> : PathParams<K>;
export type QueryOf<C> = C extends { query: infer S } ? Out<S> : undefined;
export type BodyOf<C> = C extends { body: infer S } ? Out<S> : undefined;
/** What a handler must return as the JSON of a successful answer. */
export type ResponseInputOf<C> = C extends { response: infer S extends z.ZodType } ? z.input<S> : unknown;
/** What a caller receives (the SPA's typed client). */
export type ResponseOf<C> = C extends { response: infer S extends z.ZodType } ? z.output<S> : unknown;

/** The names in a route key's path, at run time (`'/a/{x}'` → `['x']`). */
export function pathParamNames(key: string): string[] {
  return [...key.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}
