import { isRole, isUnitRole, roles, type Role } from '#shared/roles';
import { isUnitCode, type UnitId } from '#shared/units';

/** Who is calling, taken from verified token claims only — never from the request body. */
export interface Principal {
  id: string;
  name: string;
  role: Role;
  unitId?: UnitId;
}

export type DataScope = { kind: 'all' } | { kind: 'unit'; unitId: UnitId };

/**
 * API Gateway's JWT authorizer passes array claims as a string like "[sales unit-staff]";
 * the local server does the same so both paths are parsed here.
 */
function groupsOf(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.map(String);
  if (typeof claim !== 'string') return [];
  return claim.replace(/^\[|\]$/g, '').split(/[\s,]+/).filter(Boolean);
}

/** Returns undefined when the claims do not describe a usable principal (no role; unit role without unit). */
export function principalFromClaims(claims: Record<string, unknown>): Principal | undefined {
  const id = claims['cognito:username'];
  if (typeof id !== 'string' || !id) return undefined;
  const groups = groupsOf(claims['cognito:groups']).filter(isRole);
  const role = roles.find((r) => groups.includes(r));
  if (!role) return undefined;
  // Any well-formed code: the unit records are the company's own (a unit created today is in tomorrow's
  // tokens); a unit retired has no active staff left, so no token names it for long.
  const unitClaim = claims['custom:unitId'];
  const unitId = isUnitCode(unitClaim) ? unitClaim : undefined;
  if (isUnitRole(role) && !unitId) return undefined;
  const name = typeof claims.name === 'string' && claims.name ? claims.name : id;
  return { id, name, role, ...(unitId ? { unitId } : {}) };
}

/** R1: business-unit users see only their unit; Sales, the office, leadership, Finance and admins see all. */
export function dataScope(principal: Principal): DataScope {
  return isUnitRole(principal.role) && principal.unitId
    ? { kind: 'unit', unitId: principal.unitId }
    : { kind: 'all' };
}

export function inScope(scope: DataScope, record: { unitId: string }): boolean {
  return scope.kind === 'all' || record.unitId === scope.unitId;
}
