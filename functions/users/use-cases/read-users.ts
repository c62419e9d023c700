import { compareNames } from '#shared/name-order';
import { roles } from '#shared/roles';
import { staffStatus, staffVersion, type Staff } from '#shared/schemas/staff.schema';
import type { UserAccount, UserHistoryEntry, UserListItem, UserListQuery } from '#shared/schemas/user.schema';
import { matchesUserQuery } from '#shared/users/user-rules';
import type { PoolAccount } from '#core/accounts/user-pool.port';
import { notFound } from '#core/errors';
import { logger } from '#core/logger';
import type { UserDeps } from '../deps';


/**
 * GET /users: the directory and the pool side by side. Accounts of the pool missing from the directory
 * (made in the console) are listed as `pool-only`, to be adopted. When the pool cannot be read the
 * directory is still listed, and `poolUnavailable` says the accounts are unknown.
 */
export async function listUsers(deps: UserDeps, query: UserListQuery): Promise<{ items: UserListItem[]; poolUnavailable: boolean }> {
  const directory = await deps.staff.list();
  let accounts: PoolAccount[] | undefined;
  try {
    accounts = await deps.pool().list();
  } catch (error) {
    logger.error('user pool: list failed', error as Error);
  }
  const byName = new Map((accounts ?? []).map((a) => [a.username.toLowerCase(), a]));
  const items: UserListItem[] = directory.map((s) => {
    const account = byName.get(s.id.toLowerCase());
    byName.delete(s.id.toLowerCase());
    return fromDirectory(s, account, accounts !== undefined);
  });
  for (const a of byName.values()) items.push(fromPool(a));
  return {
    items: items.filter((i) => matchesUserQuery({ ...i, id: i.username }, query)).sort((a, b) => compareNames(a.name, b.name)),
    poolUnavailable: accounts === undefined,
  };
}

/** GET /users/{username}: the entry (or pool-only account), its account and its history, newest first. */
export async function getUser(deps: UserDeps, username: string): Promise<{ user: UserListItem; history: UserHistoryEntry[] }> {
  const staff = await deps.staff.get(username);
  let account: PoolAccount | undefined;
  let known = true;
  try {
    account = await deps.pool().find(username);
  } catch (error) {
    known = false;
    logger.error('user pool: find failed', error as Error);
  }
  if (!staff && !account) throw notFound();
  return {
    user: staff ? fromDirectory(staff, account, known) : fromPool(account!),
    history: staff ? await deps.history.of(staff.id) : [],
  };
}

function fromDirectory(s: Staff, account: PoolAccount | undefined, known: boolean): UserListItem {
  return {
    username: s.id,
    name: s.name,
    role: s.role,
    ...(s.unitId ? { unitId: s.unitId } : {}),
    ...(s.email ? { email: s.email } : {}),
    ...(s.mobile ? { mobile: s.mobile } : {}),
    ...(s.wecomUserId ? { wecomUserId: s.wecomUserId } : {}),
    ...(s.dingtalkUserId ? { dingtalkUserId: s.dingtalkUserId } : {}),
    status: staffStatus(s),
    version: staffVersion(s),
    ...(known ? { account: accountOf(account) } : {}),
  };
}

function fromPool(a: PoolAccount): UserListItem {
  const role = roles.find((r) => a.groups.includes(r));
  return {
    username: a.username,
    name: a.name ?? a.username,
    ...(role ? { role } : {}),
    ...(a.unitId ? { unitId: a.unitId } : {}),
    ...(a.email ? { email: a.email } : {}),
    status: 'pool-only',
    account: accountOf(a),
  };
}

function accountOf(a: PoolAccount | undefined): UserAccount {
  return a ? { exists: true, enabled: a.enabled, status: a.status, groups: a.groups, ...(a.unitId ? { unitId: a.unitId } : {}) } : { exists: false };
}
