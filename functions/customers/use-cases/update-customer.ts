import type { Customer, CustomerPatchInput } from '#shared/schemas/customer.schema';
import { DomainError } from '#core/errors';
import type { Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';
import { getCustomer } from './get-customer';
import { historyEntry } from './history-entry';
import { withoutBlankLegalFields } from './legal-fields';
import { checkPlacement } from './placement';
import { currentCreditGrade } from './credit-grade';

/**
 * Edits a customer the caller can see:
 * 1. refuses when the version the caller edited is not the current one (412);
 * 2. re-checks unit and owner when either changes, and the credit grade when it changes;
 * 3. writes the merged record with the next version, conditional on the version read, and its
 *    history entry (field by field, before → after) in the same transaction.
 * A patch that changes nothing writes nothing.
 */
export async function updateCustomer(
  deps: CustomerDeps,
  id: string,
  patch: CustomerPatchInput,
  expectedVersion: number,
  principal: Principal,
): Promise<Customer> {
  const before = await getCustomer(deps, id, principal);
  if (before.version !== expectedVersion) throw new DomainError('precondition_failed', 'precondition_failed');

  const placementChanged =
    (patch.unitId !== undefined && patch.unitId !== before.unitId) ||
    (patch.ownerId !== undefined && patch.ownerId !== before.ownerId);
  const placement = placementChanged
    ? await checkPlacement(deps, principal, {
        unitId: patch.unitId ?? before.unitId,
        ownerId: patch.ownerId ?? before.ownerId,
      })
    : {};

  const grade = patch.creditRating === undefined ? {} : { creditRating: await currentCreditGrade(deps.tierSettings, patch.creditRating, before.creditRating) };

  const merged: Customer = withoutBlankLegalFields({ ...before, ...patch, ...placement, ...grade });
  if (JSON.stringify(merged) === JSON.stringify(before)) return before;

  const after: Customer = {
    ...merged,
    updatedAt: deps.now().toISOString(),
    updatedBy: principal.id,
    version: before.version + 1,
  };
  await deps.customers.replace(before, after, historyEntry('update', before, after, principal));
  return after;
}
