import { staffVersion, type Staff } from '#shared/schemas/staff.schema';
import type { UserUpdate } from '#shared/schemas/user.schema';
import { isUnitRole } from '#shared/roles';
import { DomainError, notFound } from '#core/errors';
import { forgetStaffStatus } from '#core/http/staff-status';
import type { Principal } from '#core/principal';
import type { UserDeps } from '../deps';
import { assertGuards } from './guards';
import { historyEntry } from './history-entry';
import { placement } from './placement';
import { tryUndo, unavailable } from './pool-call';

/**
 * Changes a person's name, email, mobile, role, unit or WeCom / DingTalk user id (PATCH /users/{username}, If-Match):
 * 1. reads the entry at the version the administrator edited (412 otherwise);
 * 2. checks the new placement (a unit role keeps or gets a unit, other roles have none) and the guards
 *    (not one's own role; not the last active administrator);
 * 3. changes the pool account (attributes, group) and signs it out everywhere when its role or unit
 *    changed, so the next token carries them;
 * 4. writes the entry with its history entry; should that fail, the pool account is put back.
 */
export async function updateUser(deps: UserDeps, username: string, input: UserUpdate, version: number, principal: Principal): Promise<Staff> {
  const before = await deps.staff.get(username);
  if (!before) throw notFound();
  if (before.status === 'pending') throw new DomainError('conflict', 'user.pending');
  if (staffVersion(before) !== version) throw new DomainError('precondition_failed', 'precondition_failed');

  const role = input.role ?? before.role;
  const unitId = input.unitId === null ? undefined : (input.unitId ?? (isUnitRole(role) ? before.unitId : undefined));
  const placed = input.role !== undefined || input.unitId !== undefined ? await placement(deps.units, role, unitId) : { role: before.role, ...(before.unitId ? { unitId: before.unitId } : {}) };
  await assertGuards(deps, principal, before, { role: placed.role });

  const { unitId: _unit, mobile: _mobile, wecomUserId: _wecom, dingtalkUserId: _dingtalk, ...kept } = before;
  // An empty string clears an optional field; absent keeps it.
  const cleared = (given: string | undefined, was: string | undefined) => (given === '' ? undefined : (given ?? was));
  const mobile = cleared(input.mobile, before.mobile);
  const wecomUserId = cleared(input.wecomUserId, before.wecomUserId);
  const dingtalkUserId = cleared(input.dingtalkUserId, before.dingtalkUserId);
  const after: Staff = {
    ...kept,
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.email !== undefined ? { email: input.email } : {}),
    ...(mobile ? { mobile } : {}),
    ...(wecomUserId ? { wecomUserId } : {}),
    ...(dingtalkUserId ? { dingtalkUserId } : {}),
    ...placed,
    version: staffVersion(before) + 1,
    updatedAt: deps.now().toISOString(),
  };
  const moved = after.role !== before.role || after.unitId !== before.unitId;
  const pool = deps.pool();
  const syncPool = async (from: Staff, to: Staff) => {
    if (to.name !== from.name || to.email !== from.email || to.unitId !== from.unitId) {
      await pool.updateAttributes(username, {
        ...(to.name !== from.name ? { name: to.name } : {}),
        ...(to.email !== from.email && to.email ? { email: to.email } : {}),
        ...(to.unitId !== from.unitId ? { unitId: to.unitId ?? null } : {}),
      });
    }
    if (to.role !== from.role) await pool.setRole(username, to.role);
  };

  try {
    await syncPool(before, after);
    if (moved) await pool.signOutEverywhere(username);
  } catch (error) {
    await tryUndo(`put back pool account ${username}`, () => syncPool(after, before));
    throw unavailable(`update user ${username}`, error);
  }
  try {
    await deps.staff.replace(before, after, historyEntry(deps, 'updated', before, after, principal));
  } catch (error) {
    await tryUndo(`put back pool account ${username}`, () => syncPool(after, before));
    throw unavailable(`update user ${username}`, error);
  }
  forgetStaffStatus(username);
  return after;
}
