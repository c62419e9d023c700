import { unitIds, type UnitId } from '#shared/units';
import { invalidFields } from '#core/errors';

/**
 * THE check of a user's unit (issue 11): every use case that places a user in a unit goes through
 * placement.ts, which calls this once. Today the units are shared/units.ts; when units become records,
 * this is the one place to read them (a unit that exists and is not retired). Async for that reason.
 */
export async function usableUnit(unitId: string): Promise<UnitId> {
  const unit = unitIds.find((u) => u === unitId);
  if (!unit) throw invalidFields({ unitId: 'user.unitUnknown' });
  return unit;
}
