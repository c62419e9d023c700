import type { Staff } from '#shared/schemas/staff.schema';
import type { UserHistoryAction, UserHistoryEntry } from '#shared/schemas/user.schema';
import { userChanges } from '#shared/users/user-rules';
import type { Principal } from '#core/principal';
import type { UserDeps } from '../deps';

/** Who changed whom, when, and each field before → after (never a password: the reset itself is the entry). */
export function historyEntry(
  deps: Pick<UserDeps, 'now' | 'newId'>,
  action: UserHistoryAction,
  before: Partial<Staff> | undefined,
  after: Staff,
  by: Pick<Principal, 'id' | 'name'>,
): UserHistoryEntry {
  return {
    id: deps.newId(),
    username: after.id,
    name: after.name,
    at: deps.now().toISOString(),
    by: { id: by.id, name: by.name },
    action,
    changes: userChanges(before, after),
  };
}
