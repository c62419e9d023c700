import { roles } from '#shared/roles';
import type { Staff } from '#shared/schemas/staff.schema';
import type { UserAdopt } from '#shared/schemas/user.schema';
import { DomainError, invalidFields } from '#core/errors';
import { forgetStaffStatus } from '#core/http/staff-status';
import type { Principal } from '#core/principal';
import type { UserDeps } from '../deps';
import { historyEntry } from './history-entry';
import { placement } from './placement';
import { poolCall, unavailable } from './pool-call';

/**
 * Takes an account made in the Cognito console into the directory (POST /users/{username}/adopt), in one
 * click: its name, email, role (its group) and unit are read from the pool unless the administrator
 * gives them; a role or unit given that differs is written to the pool first.
 */
export async function adoptUser(deps: UserDeps, username: string, input: UserAdopt, principal: Principal): Promise<Staff> {
  if (await deps.staff.get(username)) throw new DomainError('conflict', 'user.alreadyInDirectory');
  const pool = deps.pool();
  const account = await poolCall('find', () => pool.find(username));
  if (!account) throw new DomainError('not_found', 'user.notInPool');
  const role = input.role ?? roles.find((r) => account.groups.includes(r));
  if (!role) throw invalidFields({ role: 'user.roleUnknown' });
  const placed = await placement(deps.units, role, input.unitId ?? account.unitId);
  const name = input.name ?? account.name ?? account.username;
  const email = input.email ?? account.email;

  try {
    if (!account.groups.includes(placed.role) || account.groups.length > 1) await pool.setRole(account.username, placed.role);
    if (placed.unitId !== account.unitId || name !== account.name || email !== account.email) {
      await pool.updateAttributes(account.username, {
        ...(name !== account.name ? { name } : {}),
        ...(email && email !== account.email ? { email } : {}),
        ...(placed.unitId !== account.unitId ? { unitId: placed.unitId ?? null } : {}),
      });
    }
  } catch (error) {
    throw unavailable(`adopt ${username}`, error);
  }
  const now = deps.now().toISOString();
  const staff: Staff = {
    id: account.username,
    name,
    ...(email ? { email } : {}),
    ...placed,
    status: account.enabled ? 'active' : 'disabled',
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await deps.staff.adopt(staff, historyEntry(deps, 'adopted', undefined, staff, principal));
  forgetStaffStatus(staff.id);
  return staff;
}
