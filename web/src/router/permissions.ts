import { routes, type AppRouteKey } from '#shared/routes';
import type { Role } from '#shared/roles';

/** The SPA shows a page or an action only to roles the API route behind it allows (shared/routes.ts). */
export function canCall(role: Role | undefined, route: AppRouteKey): boolean {
  return !!role && (routes[route].roles as readonly Role[]).includes(role);
}
