import { parsePeriodId, type Period } from '#shared/revisits/periods';
import { planYearSchema } from '#shared/schemas/revisit-plan.schema';
import { isUnitCode, type UnitId } from '#shared/units';
import type { UnitRepository } from '#core/repositories/unit.repository';
import { notFound } from '#core/errors';

/** A unit named in a path, one of the unit records (retired ones keep their plans and reports): an unknown unit has none (404). */
export async function unitParam(units: Pick<UnitRepository, 'find'>, value: string | undefined): Promise<UnitId> {
  if (!isUnitCode(value) || !(await units.find(value))) throw notFound();
  return value;
}

/** A year named in a path (2020–2100); anything else is no such plan (404). */
export function yearParam(value: string | undefined): number {
  const parsed = planYearSchema.safeParse(value);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

/** A quarter named in a path, '2026-Q4'; anything else is no such report (404). */
export function quarterParam(value: string | undefined): Period {
  const period = value ? parsePeriodId(value) : undefined;
  if (!period || period.kind !== 'quarter') throw notFound();
  return period;
}
