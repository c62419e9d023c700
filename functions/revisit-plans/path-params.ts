import { parsePeriodId, type Period } from '#shared/revisits/periods';
import { planYearSchema } from '#shared/schemas/revisit-plan.schema';
import { unitIds, type UnitId } from '#shared/units';
import { notFound } from '#core/errors';

/** A unit named in a path: an unknown unit has no plan or report (404). */
export function unitParam(value: string | undefined): UnitId {
  const unit = unitIds.find((u) => u === value);
  if (!unit) throw notFound();
  return unit;
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
