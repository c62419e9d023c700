import { isUnitRole, type Role } from '../roles';
import { staffStatus, type Staff } from '../schemas/staff.schema';
import type { UserListQuery } from '../schemas/user.schema';
import { departmentOf } from '../service/departments';

/**
 * The rules of staff administration (issue 11), pure so the SPA can show them before the API refuses:
 * who may change whom, which unit a role takes, and what a change records.
 */

export type UserRuleProblem = 'user.self' | 'user.lastAdmin' | 'user.unitRequired' | 'user.unitRefused';

/** A unit role needs a unit; every other role has none (R1: a business unit owns its customers). */
export function placementProblem(role: Role, unitId: string | undefined): Extract<UserRuleProblem, 'user.unitRequired' | 'user.unitRefused'> | undefined {
  if (isUnitRole(role) && !unitId) return 'user.unitRequired';
  if (!isUnitRole(role) && unitId) return 'user.unitRefused';
  return undefined;
}

/**
 * Nobody changes their own role or disables themselves, and the last active administrator stays one:
 * `change` is what would happen to `target`, `staff` the whole directory.
 */
export function guardProblem(
  actorId: string,
  target: Pick<Staff, 'id' | 'role' | 'status'>,
  change: { role?: Role; disable?: boolean },
  staff: readonly Pick<Staff, 'id' | 'role' | 'status'>[],
): Extract<UserRuleProblem, 'user.self' | 'user.lastAdmin'> | undefined {
  const removesRole = change.role !== undefined && change.role !== target.role;
  if ((removesRole || change.disable) && target.id === actorId) return 'user.self';
  const removesAdmin = target.role === 'admin' && staffStatus(target) === 'active' && ((removesRole && change.role !== 'admin') || change.disable);
  if (removesAdmin && !staff.some((s) => s.id !== target.id && s.role === 'admin' && staffStatus(s) === 'active')) return 'user.lastAdmin';
  return undefined;
}

/** The fields a history entry shows, before → after; the password is never one of them. */
const recorded = ['name', 'email', 'mobile', 'role', 'unitId', 'status', 'wecomUserId', 'dingtalkUserId'] as const;

export function userChanges(before: Partial<Staff> | undefined, after: Partial<Staff>): { field: string; before?: string; after?: string }[] {
  return recorded
    .filter((f) => (before?.[f] ?? '') !== (after[f] ?? ''))
    .map((f) => ({ field: f, ...(before?.[f] ? { before: String(before[f]) } : {}), ...(after[f] ? { after: String(after[f]) } : {}) }));
}

/** GET /users's filters over the directory (a company's staff: filtered in memory). */
export function matchesUserQuery(u: { id: string; name: string; role?: Role; unitId?: string; status: string }, q: UserListQuery): boolean {
  const text = q.q?.toLowerCase();
  if (text && !u.id.toLowerCase().includes(text) && !u.name.toLowerCase().includes(text)) return false;
  if (q.role && u.role !== q.role) return false;
  if (q.unitId && u.unitId !== q.unitId) return false;
  if (q.status && u.status !== q.status) return false;
  if (q.department && (!u.role || departmentOf({ role: u.role, unitId: u.unitId }) !== q.department)) return false;
  return true;
}
