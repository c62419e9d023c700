import type { Role } from './roles';
import { routes, splitRouteKey, type AppRouteKey } from './routes';

/**
 * Admins must sign in with a second factor (TOTP, an authenticator app). Cognito cannot require MFA
 * for one group only, so the pool leaves it optional and the API refuses, with 403 `mfa_required`,
 * an admin who has not set it up whenever they act as admin:
 * - on a route only admins may call (user, unit and settings administration), or
 * - on any route that changes something (not GET): there an admin may use powers no other role has
 *   (ticking any reception step, handling any service request's money side).
 * Reading what other roles may read stays open, and so do the caller's own routes under /me/ — the
 * admin needs those to set the factor up. docs/operations.md gives the reasons.
 */
export function adminMfaRequired(routeKey: AppRouteKey, role: Role): boolean {
  if (role !== 'admin') return false;
  const { method, path } = splitRouteKey(routeKey);
  if (path.startsWith('/me/')) return false;
  const allowed: readonly Role[] = routes[routeKey].roles;
  return method !== 'GET' || allowed.every((r) => r === 'admin');
}
