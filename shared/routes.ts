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

/** Sales matches order events for customers the order system named in a way we did not recognise (R4). */
const orderMatchers = ['admin', 'sales-head', 'sales'] as const satisfies readonly Role[];

/** Who answers for the archive as a whole: the recycle bin and bulk reassignment (R2). */
const archiveKeepers = ['admin', 'sales-head'] as const satisfies readonly Role[];

/** Who may read the access log: Sales heads and the General Office (R2), and admins. */
const accessLogReaders = ['admin', 'sales-head', 'office'] as const satisfies readonly Role[];

export const routes = {
  'GET /customers': { handler: 'customers/list-customers', roles: everyone, access: 'read' },
  'POST /customers': { handler: 'customers/create-customer', roles: customerEditors, access: 'read-write' },
  // read-write: every reading of a customer's detail writes its access-log entry (R2).
  'GET /customers/{customerId}': { handler: 'customers/get-customer', roles: everyone, access: 'read-write' },
  'PATCH /customers/{customerId}': { handler: 'customers/update-customer', roles: customerEditors, access: 'read-write' },
  'GET /staff': { handler: 'staff/list-staff', roles: everyone, access: 'read' },
  // The confidential archive (R2): history, verification, recycle bin, reassignment, access log, inbox.
  // History shows the record's values, so it has the record's readers and scope (and is logged too).
  'GET /customers/{customerId}/history': { handler: 'customers/get-customer-history', roles: everyone, access: 'read-write' },
  'POST /customers/{customerId}/verify': { handler: 'customers/verify-customer', roles: customerEditors, access: 'read-write' },
  // Deleting and restoring are for Sales heads (who answer for the archive, R2) and admins; the staff who
  // edit day to day may not remove a customer from everyone's view, since nothing is deleted outright.
  'DELETE /customers/{customerId}': { handler: 'customers/delete-customer', roles: archiveKeepers, access: 'read-write' },
  'POST /customers/{customerId}/restore': { handler: 'customers/restore-customer', roles: archiveKeepers, access: 'read-write' },
  'GET /recycle-bin': { handler: 'customers/list-recycle-bin', roles: archiveKeepers, access: 'read' },
  'POST /customers/reassign': { handler: 'customers/reassign-customers', roles: archiveKeepers, access: 'read-write' },
  'GET /access-log': { handler: 'access-log/search-access-log', roles: accessLogReaders, access: 'read' },
  'GET /inbox': { handler: 'inbox/list-inbox', roles: everyone, access: 'read' },
  'POST /inbox/{notificationId}/read': { handler: 'inbox/mark-read', roles: everyone, access: 'read-write' },
  'POST /inbox/read-all': { handler: 'inbox/mark-all-read', roles: everyone, access: 'read-write' },
  // Orders and tiers (R3, R4)
  'POST /webhooks/orders': { handler: 'orders/receive-order-event', roles: [], access: 'read-write', auth: 'webhook' },
  'GET /order-events/unmatched': { handler: 'orders/list-unmatched-events', roles: orderMatchers, access: 'read' },
  'POST /order-events/{eventKey}/match': { handler: 'orders/match-order-event', roles: orderMatchers, access: 'read-write' },
  'GET /customers/{customerId}/monthly-totals': { handler: 'tiers/get-monthly-totals', roles: everyone, access: 'read' },
  'GET /customers/{customerId}/tier-history': { handler: 'tiers/get-tier-history', roles: everyone, access: 'read' },
  'PUT /customers/{customerId}/tier-override': { handler: 'tiers/set-tier-override', roles: ['sales-head'], access: 'read-write' },
  'DELETE /customers/{customerId}/tier-override': { handler: 'tiers/remove-tier-override', roles: ['sales-head'], access: 'read-write' },
  'GET /settings/tiers': { handler: 'tiers/get-tier-settings', roles: everyone, access: 'read' },
  'PUT /settings/tiers': { handler: 'tiers/update-tier-settings', roles: ['admin'], access: 'read-write' },
  'GET /settings/tiers/history': { handler: 'tiers/get-tier-settings-history', roles: ['admin', 'sales-head', 'leadership'], access: 'read' },
  // Preferential policies (优惠政策, R3): Sales drafts, leadership records the GM office meeting's decision.
  'POST /customers/{customerId}/preferential-policies': { handler: 'policies/request-policy', roles: ['sales-head', 'sales'], access: 'read-write' },
  'GET /customers/{customerId}/preferential-policies': { handler: 'policies/list-customer-policies', roles: everyone, access: 'read' },
  'POST /customers/{customerId}/preferential-policies/{policyId}/decision': { handler: 'policies/decide-policy', roles: ['leadership'], access: 'read-write' },
  'GET /preferential-policies': { handler: 'policies/list-policies', roles: ['admin', 'leadership', 'sales-head', 'sales', 'finance'], access: 'read' },
} as const satisfies Record<RouteKey, RouteDefinition>;

export type AppRouteKey = keyof typeof routes;

export function routeEntries(): [AppRouteKey, RouteDefinition][] {
  return Object.entries(routes) as [AppRouteKey, RouteDefinition][];
}

export function splitRouteKey(key: string): { method: HttpMethod; path: string } {
  const [method, path] = key.split(' ') as [HttpMethod, string];
  return { method, path };
}
