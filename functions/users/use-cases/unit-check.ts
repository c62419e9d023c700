import type { UnitId } from '#shared/units';
import { invalidFields } from '#core/errors';
import type { UnitRepository } from '#core/repositories/unit.repository';

/**
 * THE check of a user's unit (issue 11): every use case that places a user in a unit goes through
 * placement.ts, which calls this once. The unit must be a record (GET /units) that is not retired; a
 * unit created a moment ago is found (the repository reads through its cache for an unknown code).
 */
export async function usableUnit(units: UnitRepository, unitId: string): Promise<UnitId> {
  const unit = await units.find(unitId);
  if (!unit || unit.status !== 'active') throw invalidFields({ unitId: 'user.unitUnknown' });
  return unit.code;
}
