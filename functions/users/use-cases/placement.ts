import type { Role } from '#shared/roles';
import type { UnitId } from '#shared/units';
import { placementProblem } from '#shared/users/user-rules';
import { invalidFields } from '#core/errors';
import type { UnitRepository } from '#core/repositories/unit.repository';
import { usableUnit } from './unit-check';

/**
 * Where a user sits: their role, and their unit when the role is a unit's (required) — and no unit
 * otherwise (refused). The unit itself is checked by usableUnit, the single check of a user's unit.
 */
export async function placement(units: UnitRepository, role: Role, unitId: string | undefined): Promise<{ role: Role; unitId?: UnitId }> {
  const problem = placementProblem(role, unitId);
  if (problem) throw invalidFields({ unitId: problem });
  return unitId ? { role, unitId: await usableUnit(units, unitId) } : { role };
}
