import type { Staff } from '#shared/schemas/staff.schema';
import type { UserCreate } from '#shared/schemas/user.schema';
import { DomainError } from '#core/errors';
import { forgetStaffStatus } from '#core/http/staff-status';
import type { Principal } from '#core/principal';
import type { UserDeps } from '../deps';
import { historyEntry } from './history-entry';
import { placement } from './placement';
import { poolCall, tryUndo, unavailable } from './pool-call';

export interface CreatedUser {
  username: string;
  /** Shown once to the administrator; in the cloud Cognito also emails it. Never stored by us. */
  temporaryPassword: string;
  user: Staff;
}

/**
 * Creates a member of staff: their Cognito account (group = role, `custom:unitId`) and their directory
 * entry, together or not at all.
 * 1. checks the role's unit (placement) and that the username is free ignoring case, in the directory
 *    and in the pool (a console-made account is adopted instead, adopt-user.ts);
 * 2. reserves the directory entry as `pending` with its login guard (a pending entry of the same
 *    username — a creation that failed half-way — is taken over: creating again completes it);
 * 3. creates the pool account with a fresh temporary password (or, completing, resets it);
 * 4. makes the entry `active` with its history entry.
 * A failure in 3 or 4 undoes 3 and 2 and answers 503; should the undoing fail too, the entry stays
 * `pending` (refused by the API, listed as such) until the same creation is submitted again.
 */
export async function createUser(deps: UserDeps, input: UserCreate, principal: Pick<Principal, 'id' | 'name'>, options: { invite?: boolean } = {}): Promise<CreatedUser> {
  const placed = await placement(deps.units, input.role, input.unitId);
  const username = input.username;
  const existing = await deps.staff.get(username);
  if (existing && existing.status !== 'pending') throw new DomainError('conflict', 'user.taken');
  const holder = await deps.staff.loginHolder(username);
  if (holder && holder !== username) throw new DomainError('conflict', 'user.taken');
  // Entries from before the login guard existed are compared here.
  const lower = username.toLowerCase();
  if ((await deps.staff.list()).some((s) => s.id !== username && s.id.toLowerCase() === lower)) throw new DomainError('conflict', 'user.taken');
  const pool = deps.pool();
  const account = await poolCall('find', () => pool.find(username));
  if (account && !existing) throw new DomainError('conflict', 'user.inPool');

  const now = deps.now().toISOString();
  const pending: Staff = {
    id: username,
    name: input.name,
    email: input.email,
    ...(input.mobile ? { mobile: input.mobile } : {}),
    ...placed,
    status: 'pending',
    version: 0,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await deps.staff.reservePending(pending);

  const temporaryPassword = deps.newPassword();
  // Completing an earlier attempt, the account and the pending entry stay for the next attempt.
  const undo = async () => {
    // Released only once the account is surely gone: else the pending entry is what lets a retry finish.
    if (account) return;
    if (await tryUndo(`remove pool account ${username}`, () => pool.remove(username))) {
      await tryUndo(`release pending entry ${username}`, () => deps.staff.releasePending(username));
    }
  };
  try {
    if (account) {
      await pool.updateAttributes(username, { name: input.name, email: input.email, unitId: placed.unitId ?? null });
      await pool.setRole(username, placed.role);
      await pool.setTemporaryPassword(username, temporaryPassword);
    } else {
      await pool.create({ username, name: input.name, email: input.email, ...placed, temporaryPassword, invite: options.invite ?? true });
    }
    const active: Staff = { ...pending, status: 'active', version: 1 };
    await deps.staff.replace(pending, active, historyEntry(deps, 'created', undefined, active, principal));
    forgetStaffStatus(username);
    return { username, temporaryPassword, user: active };
  } catch (error) {
    await undo();
    throw unavailable(`create user ${username}`, error);
  }
}
