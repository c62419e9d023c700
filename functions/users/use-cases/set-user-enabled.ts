import { translate, type MessageCode } from '#shared/messages';
import type { Notification } from '#shared/schemas/notification.schema';
import { staffStatus, staffVersion, type Staff } from '#shared/schemas/staff.schema';
import type { UserHoldings } from '#shared/schemas/user.schema';
import { DomainError, notFound } from '#core/errors';
import { forgetStaffStatus } from '#core/http/staff-status';
import type { Principal } from '#core/principal';
import type { UserDeps } from '../deps';
import { assertGuards } from './guards';
import { historyEntry } from './history-entry';
import { tryUndo, unavailable } from './pool-call';

/**
 * Disables a person (POST /users/{username}/disable):
 * 1. refuses oneself and the last active administrator;
 * 2. counts what they still hold (customers, open service requests, revisit obligations, reception steps);
 * 3. disables the pool account and revokes its tokens everywhere (where the pool can);
 * 4. writes the entry as `disabled` with its history entry and, in the same transaction, a notice (the notice
 *    service: inbox, then the heads' own channels) to the head(s) of their unit as its record names them
 *    (PATCH /units/{code}), naming what is left to hand over; should that fail, the pool account is enabled again.
 * From then on the API refuses their tokens (functions/core/http/staff-status.ts), within seconds everywhere.
 */
export async function disableUser(deps: UserDeps, username: string, principal: Principal): Promise<{ user: Staff; holdings: UserHoldings }> {
  const before = await existing(deps, username);
  if (before.status === 'disabled') throw new DomainError('conflict', 'user.alreadyDisabled');
  const directory = await assertGuards(deps, principal, before, { disable: true });
  const holdings = await deps.holdings.of(before, directory, deps.now());

  const after: Staff = { ...before, status: 'disabled', version: staffVersion(before) + 1, updatedAt: deps.now().toISOString() };
  const pool = deps.pool();
  try {
    await pool.disable(username);
    await pool.signOutEverywhere(username);
  } catch (error) {
    await tryUndo(`enable pool account ${username}`, () => pool.enable(username));
    throw unavailable(`disable user ${username}`, error);
  }
  try {
    const heads = await headsOf(deps, before, directory);
    await deps.staff.replace(before, after, historyEntry(deps, 'disabled', before, after, principal), heads.map((head) => notice(deps, head, before, holdings, principal)));
  } catch (error) {
    await tryUndo(`enable pool account ${username}`, () => pool.enable(username));
    throw unavailable(`disable user ${username}`, error);
  }
  forgetStaffStatus(username);
  return { user: after, holdings };
}

/** Enables a disabled person again (POST /users/{username}/enable); their old tokens stay revoked. */
export async function enableUser(deps: UserDeps, username: string, principal: Principal): Promise<Staff> {
  const before = await existing(deps, username);
  if (before.status !== 'disabled') throw new DomainError('conflict', 'user.notDisabled');
  const after: Staff = { ...before, status: 'active', version: staffVersion(before) + 1, updatedAt: deps.now().toISOString() };
  const pool = deps.pool();
  try {
    await pool.enable(username);
  } catch (error) {
    throw unavailable(`enable user ${username}`, error);
  }
  try {
    await deps.staff.replace(before, after, historyEntry(deps, 'enabled', before, after, principal));
  } catch (error) {
    await tryUndo(`disable pool account ${username}`, () => pool.disable(username));
    throw unavailable(`enable user ${username}`, error);
  }
  forgetStaffStatus(username);
  return after;
}

async function existing(deps: UserDeps, username: string): Promise<Staff> {
  const staff = await deps.staff.get(username);
  if (!staff) throw notFound();
  if (staff.status === 'pending') throw new DomainError('conflict', 'user.pending');
  return staff;
}

/**
 * Who is told: the active heads the unit's record names (业务单位 › 负责人); where it names none, the unit's
 * active unit heads by role. For Sales staff without a unit, the Sales heads. Never the person themselves.
 */
async function headsOf(deps: Pick<UserDeps, 'units'>, person: Staff, directory: readonly Staff[]): Promise<Staff[]> {
  const others = directory.filter((s) => s.id !== person.id && staffStatus(s) === 'active');
  if (!person.unitId) return person.role === 'sales' ? others.filter((s) => s.role === 'sales-head') : [];
  const named = (await deps.units.find(person.unitId))?.heads ?? [];
  if (named.length > 0) return others.filter((s) => named.includes(s.id));
  return others.filter((s) => s.role === 'unit-head' && s.unitId === person.unitId);
}

function notice(deps: Pick<UserDeps, 'now' | 'newId'>, head: Staff, person: Staff, holdings: UserHoldings, by: Principal): Notification {
  const params = {
    name: person.name,
    by: by.name,
    customers: String(holdings.customers),
    requests: String(holdings.openServiceRequests),
    revisits: String(holdings.revisitObligations),
    steps: String(holdings.receptionSteps),
  };
  const text = (code: MessageCode) => ({ 'zh-CN': translate(code, 'zh-CN', params), en: translate(code, 'en', params) });
  return {
    id: deps.newId(),
    recipientId: head.id,
    kind: 'user-disabled',
    title: text('notice.userDisabled.title'),
    body: text('notice.userDisabled.body'),
    link: holdings.customers > 0 ? `/reassign?from=${encodeURIComponent(person.id)}` : `/customers?ownerId=${encodeURIComponent(person.id)}`,
    createdAt: deps.now().toISOString(),
  };
}
