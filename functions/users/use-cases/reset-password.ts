import { staffVersion } from '#shared/schemas/staff.schema';
import type { Principal } from '#core/principal';
import { DomainError, notFound } from '#core/errors';
import type { UserDeps } from '../deps';
import { historyEntry } from './history-entry';
import { unavailable } from './pool-call';

/**
 * Gives a person a new temporary password (POST /users/{username}/reset-password), shown once to the
 * administrator; their next sign-in asks them to choose their own, and their sessions are revoked.
 * The history records that it was reset and by whom, never the password.
 */
export async function resetPassword(deps: UserDeps, username: string, principal: Principal): Promise<{ temporaryPassword: string }> {
  const before = await deps.staff.get(username);
  if (!before) throw notFound();
  if (before.status === 'pending') throw new DomainError('conflict', 'user.pending');
  const temporaryPassword = deps.newPassword();
  const pool = deps.pool();
  try {
    await pool.setTemporaryPassword(username, temporaryPassword);
    await pool.signOutEverywhere(username);
  } catch (error) {
    throw unavailable(`reset password of ${username}`, error);
  }
  const after = { ...before, version: staffVersion(before) + 1, updatedAt: deps.now().toISOString() };
  // The password is already reset: a lost history entry would hide that it happened, so a race is retried once.
  const entry = historyEntry(deps, 'password-reset', before, after, principal);
  try {
    await deps.staff.replace(before, after, entry);
  } catch (error) {
    if (!(error instanceof DomainError && error.kind === 'precondition_failed')) throw unavailable(`record password reset of ${username}`, error);
    const current = (await deps.staff.get(username))!;
    await deps.staff.replace(current, { ...current, version: staffVersion(current) + 1, updatedAt: after.updatedAt }, entry);
  }
  return { temporaryPassword };
}
