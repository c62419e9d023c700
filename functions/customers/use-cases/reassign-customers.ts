import { translate } from '#shared/messages';
import type { ReassignInput, ReassignResult } from '#shared/schemas/customer-archive.schema';
import type { Customer } from '#shared/schemas/customer.schema';
import { staffStatus, type Staff } from '#shared/schemas/staff.schema';
import { forEachLimited } from '#core/concurrency';
import { DomainError, invalidFields } from '#core/errors';
import { keys } from '#core/keys';
import { logger } from '#core/logger';
import { dataScope, inScope, type Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';
import { historyEntry } from './history-entry';

/** One request moves at most this many; the answer says when more remain, and the caller repeats. */
const perRequest = 500;
const inFlight = 8;

/**
 * Moves all (or the named) customers of one salesperson to another of the same unit, e.g. when
 * someone leaves (R2):
 * 1. checks the staff directory: the new owner exists and shares the old owner's unit (the old owner
 *    may already be gone from the directory; then each customer's own unit decides);
 * 2. moves each customer still owned by the old one and sitting in the new owner's unit, each with its
 *    own history entry (one batch id ties them), each conditional on the version read;
 * 3. tells the new owner in the inbox, logs the batch and returns the counts.
 */
export async function reassignCustomers(deps: CustomerDeps, input: ReassignInput, principal: Principal): Promise<ReassignResult> {
  if (input.fromOwnerId === input.toOwnerId) throw invalidFields({ toOwnerId: 'reassign.sameOwner' });
  const to = await deps.staff.get(input.toOwnerId);
  if (!to) throw invalidFields({ toOwnerId: 'owner.unknown' });
  if (staffStatus(to) !== 'active') throw invalidFields({ toOwnerId: 'owner.inactive' });
  const from = await deps.staff.get(input.fromOwnerId);
  if (from && from.unitId !== to.unitId) throw invalidFields({ toOwnerId: 'reassign.notSameUnit' });

  const { ids, more } = input.customerIds
    ? { ids: [...new Set(input.customerIds)], more: false }
    : await ownedIds(deps, input.fromOwnerId);
  const result: ReassignResult = { batchId: deps.newId(), requested: ids.length, moved: 0, notOwned: 0, otherUnit: 0, conflicted: 0, more };
  const scope = dataScope(principal);

  await forEachLimited(ids, inFlight, async (id) => {
    const before = await deps.customers.get(id);
    if (!before || before.deletedAt || before.ownerId !== input.fromOwnerId || !inScope(scope, before)) {
      result.notOwned++;
      return;
    }
    if (!ownerFits(to, before)) {
      result.otherUnit++;
      return;
    }
    const after: Customer = {
      ...before,
      ownerId: to.id,
      updatedAt: deps.now().toISOString(),
      updatedBy: principal.id,
      version: before.version + 1,
    };
    try {
      await deps.customers.replace(before, after, historyEntry('reassign', before, after, principal, result.batchId));
      result.moved++;
    } catch (error) {
      if (!(error instanceof DomainError && error.kind === 'precondition_failed')) throw error;
      result.conflicted++;
    }
  });

  if (result.moved > 0) await notifyNewOwner(deps, result, to, from?.name ?? input.fromOwnerId, principal);
  logger.info('customers reassigned', { ...result, fromOwnerId: input.fromOwnerId, toOwnerId: to.id, by: principal.id });
  return result;
}

/** The new owner must belong to the customer's unit; Sales staff without a unit keep customers company-wide. */
function ownerFits(to: Staff, customer: Customer): boolean {
  return to.unitId ? to.unitId === customer.unitId : to.role === 'sales' || to.role === 'sales-head';
}

async function ownedIds(deps: CustomerDeps, ownerId: string): Promise<{ ids: string[]; more: boolean }> {
  const page = await deps.customers.list(keys.customerPartitions.owner(ownerId), {}, { limit: perRequest });
  return { ids: page.items.map((c) => c.id), more: page.nextCursor !== null };
}

async function notifyNewOwner(deps: CustomerDeps, result: ReassignResult, to: Staff, fromName: string, principal: Principal) {
  const params = { count: String(result.moved), by: principal.name, from: fromName };
  const text = (code: 'notice.reassigned.title' | 'notice.reassigned.body') => ({
    'zh-CN': translate(code, 'zh-CN', params),
    en: translate(code, 'en', params),
  });
  await deps.inbox.deliver(
    {
      id: deps.newId(),
      recipientId: to.id,
      kind: 'customers-reassigned',
      title: text('notice.reassigned.title'),
      body: text('notice.reassigned.body'),
      link: `/customers?ownerId=${encodeURIComponent(to.id)}`,
      createdAt: deps.now().toISOString(),
    },
    `reassign#${result.batchId}`,
  );
}
