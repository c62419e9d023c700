import type { Role } from '#shared/roles';
import type { Staff } from '#shared/schemas/staff.schema';
import { guardProblem } from '#shared/users/user-rules';
import { DomainError } from '#core/errors';
import type { Principal } from '#core/principal';
import type { UserDeps } from '../deps';

/**
 * Refuses what nobody may do to a person: change their own role or disable themselves (403 `user.self`),
 * remove the last active administrator (409 `user.lastAdmin`). Reads the directory for the second.
 * Two administrators demoting each other at the same instant could both pass; the directory has no
 * counter of administrators to make that one write (named in docs/data-model.md).
 */
export async function assertGuards(deps: Pick<UserDeps, 'staff'>, principal: Pick<Principal, 'id'>, target: Staff, change: { role?: Role; disable?: boolean }): Promise<Staff[]> {
  const directory = await deps.staff.list();
  const problem = guardProblem(principal.id, target, change, directory);
  if (problem === 'user.self') throw new DomainError('forbidden', 'user.self');
  if (problem === 'user.lastAdmin') throw new DomainError('conflict', 'user.lastAdmin');
  return directory;
}
