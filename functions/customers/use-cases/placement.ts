import type { Customer } from '#shared/schemas/customer.schema';
import { staffStatus } from '#shared/schemas/staff.schema';
import type { UnitId } from '#shared/units';
import { invalidFields } from '#core/errors';
import { dataScope, type Principal } from '#core/principal';
import type { StaffRepository } from '#core/repositories/staff.repository';
import type { UnitRepository } from '#core/repositories/unit.repository';

export interface PlacementDeps {
  staff: Pick<StaffRepository, 'get'>;
  units: Pick<UnitRepository, 'findActive'>;
}

/**
 * Where a customer may sit and who may own it (R1): a unit user's customers are their unit's;
 * others name the unit, which must be an active unit record (a unit created a moment ago is one at
 * once: the records are read through when the cached list does not know it). The owner is the caller
 * or an active member of staff of that unit.
 */
export async function checkPlacement(
  { staff, units }: PlacementDeps,
  principal: Principal,
  wanted: { unitId?: UnitId; ownerId?: string },
): Promise<Pick<Customer, 'unitId' | 'ownerId'>> {
  const scope = dataScope(principal);
  if (scope.kind === 'unit' && wanted.unitId && wanted.unitId !== scope.unitId) {
    throw invalidFields({ unitId: 'unit.notYours' });
  }
  const unitId = scope.kind === 'unit' ? scope.unitId : wanted.unitId;
  if (!unitId) throw invalidFields({ unitId: 'unit.required' });
  if (!(await units.findActive(unitId))) throw invalidFields({ unitId: 'unit.unknown' });

  const ownerId = wanted.ownerId ?? principal.id;
  // The caller may own it when it sits in their unit, or when they are Sales staff without a unit.
  const callerOwns = ownerId === principal.id && (!principal.unitId || principal.unitId === unitId);
  if (!callerOwns) {
    const owner = await staff.get(ownerId);
    if (owner?.unitId !== unitId) throw invalidFields({ ownerId: 'owner.notInUnit' });
    // A disabled account is refused here, not only left out of the pickers: a request may name anyone.
    if (staffStatus(owner) !== 'active') throw invalidFields({ ownerId: 'owner.inactive' });
  }
  return { unitId, ownerId };
}
