import { isRole, roles, type Role } from '#shared/roles';
import { isUnitCode, type UnitId } from '#shared/units';

/** Who is signed in, read from the Cognito ID token's claims. */
export interface SessionUser {
  username: string;
  name: string;
  /** False when the token had no `name` claim (cognito-local leaves standard attributes out) and `name` is the username. */
  named: boolean;
  role: Role;
  unitId?: UnitId;
}

/**
 * `cognito:groups` holds the role; with several groups the first in the shared role order wins,
 * as on the server. Returns null for a user without a known role.
 */
export function userFromClaims(claims: Record<string, unknown>): SessionUser | null {
  const username = String(claims['cognito:username'] ?? '');
  const groups = Array.isArray(claims['cognito:groups']) ? claims['cognito:groups'].map(String) : [];
  const role = roles.find((r) => groups.includes(r) && isRole(r));
  if (!username || !role) return null;
  const unit = claims['custom:unitId'];
  const unitId = isUnitCode(unit) ? unit : undefined;
  const name = typeof claims.name === 'string' && claims.name ? claims.name : undefined;
  return { username, name: name ?? username, named: !!name, role, ...(unitId ? { unitId } : {}) };
}
