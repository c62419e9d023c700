import type { Role } from './roles';

/**
 * The route table: the only place a route is declared.
 * CDK makes one Lambda and one API route per entry; the local API server mounts the same entries;
 * the permission test walks every entry for every role. `handler` is the module under functions/
 * (exporting `handler`); `roles` are the Cognito groups allowed; `access` is the table access the
 * function is granted in the cloud (least privilege).
 */
export interface RouteDefinition {
  readonly handler: string;
  readonly roles: readonly Role[];
  readonly access: 'read' | 'read-write';
  /** 'jwt' (default): Cognito ID token required. 'webhook': signed by the order system, no JWT. */
  readonly auth?: 'jwt' | 'webhook';
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type RouteKey = `${HttpMethod} /${string}`;

const everyone = [
  'admin',
  'leadership',
  'sales-head',
  'office',
  'finance',
  'sales',
  'unit-head',
  'unit-staff',
] as const satisfies readonly Role[];

/** Who keeps the archive day to day: Sales and the business units (R1, R2). */
const customerEditors = ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'] as const satisfies readonly Role[];

export const routes = {
  'GET /customers': { handler: 'customers/list-customers', roles: everyone, access: 'read' },
  'POST /customers': { handler: 'customers/create-customer', roles: customerEditors, access: 'read-write' },
  'GET /customers/{customerId}': { handler: 'customers/get-customer', roles: everyone, access: 'read' },
  'PATCH /customers/{customerId}': { handler: 'customers/update-customer', roles: customerEditors, access: 'read-write' },
  'GET /staff': { handler: 'staff/list-staff', roles: everyone, access: 'read' },
} as const satisfies Record<RouteKey, RouteDefinition>;

export type AppRouteKey = keyof typeof routes;

export function routeEntries(): [AppRouteKey, RouteDefinition][] {
  return Object.entries(routes) as [AppRouteKey, RouteDefinition][];
}

export function splitRouteKey(key: string): { method: HttpMethod; path: string } {
  const [method, path] = key.split(' ') as [HttpMethod, string];
  return { method, path };
}
