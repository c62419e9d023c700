import type { ImportJob } from '#shared/schemas/import.schema';
import { isUnitCode } from '#shared/units';
import type { Principal } from '#core/principal';

/**
 * The importer, as their token named them when they started the job: every row is checked and written
 * with their role and data scope, as if they had entered it themselves — a step running later in a
 * worker gains no rights.
 */
export function importPrincipal(job: ImportJob): Principal {
  const { id, name, role, unitId } = job.createdBy;
  return { id, name, role, ...(isUnitCode(unitId) ? { unitId } : {}) };
}
